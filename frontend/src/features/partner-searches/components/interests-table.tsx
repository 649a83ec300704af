/** The expressions of interest in a search: who, proposed role, when received (late ones marked), note, who recorded it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterestView } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';

interface InterestsTableProps {
  interests: InterestView[];
  /** Present when the user may remove an interest recorded by mistake. */
  onRemove?: (interest: InterestView) => void;
}

export function InterestsTable({ interests, onRemove }: InterestsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('interests.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('interests.organisationLabel')}</th>
            <th scope="col">{t('interests.proposedRole')}</th>
            <th scope="col">{t('interests.receivedOn')}</th>
            <th scope="col">{t('interests.note')}</th>
            <th scope="col">{t('interests.recordedBy')}</th>
            {onRemove && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {interests.map((interest) => (
            <tr key={interest.id}>
              <td>
                <Link to={`/partners/${interest.organisationId}`}>{interest.legalName}</Link>
                {interest.country && <span className="muted"> ({countryName(interest.country, format.language)})</span>}
              </td>
              <td>{interest.proposedRole ? t(`partnerRole.${interest.proposedRole}`) : '–'}</td>
              <td>
                <time dateTime={interest.receivedOn}>{format.date(interest.receivedOn)}</time>
                {interest.late && (
                  <>
                    {' '}
                    <span className="badge badge--warning">{t('interests.late')}</span>
                    <span className="visually-hidden"> {t('interests.lateExplained')}</span>
                  </>
                )}
              </td>
              <td className="pre-line">{interest.note || '–'}</td>
              <td>
                {interest.recordedBy.name || interest.recordedBy.subject}, <time dateTime={interest.recordedAt}>{format.dateTime(interest.recordedAt)}</time>
              </td>
              {onRemove && (
                <td>
                  <button type="button" className="button button--secondary" onClick={() => onRemove(interest)}>
                    {t('interests.remove', { name: interest.legalName })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
