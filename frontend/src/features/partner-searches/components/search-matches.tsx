/** The organisations ranked for a search, page by page, each with its reasons; adding one to an application. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartnerRole, PartnerSearchView } from '@/lib/api/types';
import { useMatches } from '../api/get-matches';
import { MatchItem } from './match-item';

interface SearchMatchesProps {
  search: PartnerSearchView;
  page: number;
  onPageChange: (page: number) => void;
  canAddToApplication: boolean;
  /** Present when the user may record interest: prefills the form with the organisation. */
  onRecordInterest?: (organisation: { id: string; name: string }) => void;
}

interface Added {
  name: string;
  applicationId: string;
  applicationTitle: string;
  role: PartnerRole;
}

export function SearchMatches({ search, page, onPageChange, canAddToApplication, onRecordInterest }: SearchMatchesProps) {
  const { t } = useTranslation();
  const matches = useMatches(search.id, page);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  return (
    <>
      {/* Always present, so that screen readers announce each addition. */}
      <div role="status">
        {added && (
          <p className="alert alert--success">
            {t('partnerSearches.added', { name: added.name, application: added.applicationTitle, role: t(`partnerRole.${added.role}`) })}{' '}
            <Link to={`/applications/${added.applicationId}`}>{t('partnerSearches.openApplication', { title: added.applicationTitle })}</Link>
          </p>
        )}
      </div>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ProblemAlert error={matches.error} />
      ) : (
        <>
          <p className="result-count">{t('partnerSearches.matchCount', { count: matches.data.total })}</p>
          {matches.data.items.length > 0 && (
            <ol className="matches" start={matches.data.page * matches.data.size + 1} aria-label={t('partnerSearches.matchesList')}>
              {matches.data.items.map((match) => (
                <MatchItem
                  key={match.organisationId}
                  search={search}
                  match={match}
                  adding={addingTo === match.organisationId}
                  onAddStart={
                    canAddToApplication
                      ? () => {
                          setAdded(null);
                          setAddingTo(match.organisationId);
                        }
                      : undefined
                  }
                  onAddEnd={() => setAddingTo(null)}
                  onAdded={(application, role) => {
                    setAddingTo(null);
                    setAdded({ name: match.legalName, applicationId: application.id, applicationTitle: application.title, role });
                  }}
                  onRecordInterest={onRecordInterest && (() => onRecordInterest({ id: match.organisationId, name: match.legalName }))}
                />
              ))}
            </ol>
          )}
          <Pager page={matches.data.page} size={matches.data.size} total={matches.data.total} onPageChange={onPageChange} />
        </>
      )}
    </>
  );
}
