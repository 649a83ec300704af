/** One ranked match: the organisation, why it matched, and what the user may do with it (buttons named with the organisation, their text first). */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchView, PartnerRole, PartnerSearchView } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import type { ApplicationChoice } from '../api/get-application-choices';
import { AddToApplicationForm } from './add-to-application-form';
import { MatchReasons } from './match-reasons';

interface MatchItemProps {
  search: PartnerSearchView;
  match: MatchView;
  adding: boolean;
  onAddStart?: () => void;
  onAddEnd: () => void;
  onAdded: (application: ApplicationChoice, role: PartnerRole) => void;
  onRecordInterest?: () => void;
}

export function MatchItem({ search, match, adding, onAddStart, onAddEnd, onAdded, onRecordInterest }: MatchItemProps) {
  const { t, i18n } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const place = [match.city, countryName(match.country, i18n.resolvedLanguage ?? 'sv')].filter(Boolean).join(', ');
  const organisation = { id: match.organisationId, name: match.legalName };
  // Back to the button that opened the form, once it is shown again.
  const refocus = () => requestAnimationFrame(() => addButton.current?.focus());
  const cancel = () => {
    onAddEnd();
    refocus();
  };
  const done = (application: ApplicationChoice, role: PartnerRole) => {
    onAdded(application, role);
    refocus();
  };
  return (
    <li className="match">
      <h3 className="match__title">
        <Link to={`/partners/${match.organisationId}`}>{match.legalName}</Link>
        {match.twinTown && (
          <>
            {' '}
            <span className="badge">{t('partners.twinTownBadge')}</span>
          </>
        )}
      </h3>
      <p className="match__facts">{[t(`organisationType.${match.type}`), place].filter(Boolean).join(' · ')}</p>
      <MatchReasons reasons={match.reasons} id={`reasons-${match.organisationId}`} />
      {(onAddStart || onRecordInterest) && !adding && (
        <div className="button-row">
          {onAddStart && (
            <button
              ref={addButton}
              type="button"
              className="button button--secondary"
              aria-label={`${t('partnerSearches.addToApplication')}: ${match.legalName}`}
              onClick={onAddStart}
            >
              {t('partnerSearches.addToApplication')}
            </button>
          )}
          {onRecordInterest && (
            <button
              type="button"
              className="button button--secondary"
              aria-label={`${t('partnerSearches.recordInterestFor')}: ${match.legalName}`}
              onClick={onRecordInterest}
            >
              {t('partnerSearches.recordInterestFor')}
            </button>
          )}
        </div>
      )}
      {adding && <AddToApplicationForm search={search} organisation={organisation} onAdded={done} onCancel={cancel} />}
    </li>
  );
}
