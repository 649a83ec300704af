/** The partner searches posted for the application, and (for those who may) a link to post a new one. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { ApplicationView } from '@/lib/api/types';
import { useApplicationSearches } from '../api/get-application-searches';

export function ApplicationPartnerSearches({ application, canCreate }: { application: ApplicationView; canCreate: boolean }) {
  const { t } = useTranslation();
  const searches = useApplicationSearches(application.id);
  const newSearch = new URLSearchParams({ unitId: application.unitId, applicationId: application.id });
  if (application.callId) newSearch.set('callId', application.callId);
  return (
    <>
      <h3>{t('applications.partnerSearches')}</h3>
      {searches.isPending ? (
        <Loading />
      ) : searches.isError ? (
        <ProblemAlert error={searches.error} />
      ) : searches.data.length === 0 ? (
        <p>{t('applications.noPartnerSearches')}</p>
      ) : (
        <ul className="plain-list">
          {searches.data.map((search) => (
            <li key={search.id}>
              <Link to={`/partner-searches/${search.id}`}>{search.title}</Link> ({t(`searchStatus.${search.status}`)},{' '}
              {t('applications.searchInterests', { count: search.interests })})
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {canCreate && (
          <Link className="button button--secondary" to={`/partner-searches/new?${newSearch.toString()}`}>
            {t('applications.newPartnerSearch')}
          </Link>
        )}
        <Link className="button button--secondary" to="/partners">
          {t('applications.partnerRegister')}
        </Link>
      </div>
    </>
  );
}
