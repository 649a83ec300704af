/** The partner searches (within the user's units) the organisation matches or answered. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CooperationSearch } from '@/lib/api/types';

export function CooperationSearches({ searches }: { searches: CooperationSearch[] }) {
  const { t } = useTranslation();
  if (searches.length === 0) return <p>{t('cooperation.noSearches')}</p>;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('cooperation.searches')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cooperation.search')}</th>
            <th scope="col">{t('cooperation.unit')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('cooperation.relation')}</th>
          </tr>
        </thead>
        <tbody>
          {searches.map((search) => (
            <tr key={search.searchId}>
              <td>
                <Link to={`/partner-searches/${search.searchId}`}>{search.title}</Link>
              </td>
              <td>{search.unitCode}</td>
              <td>{t(`searchStatus.${search.status}`)}</td>
              <td>
                {[search.matches && t('cooperation.matches'), search.expressedInterest && t('cooperation.expressedInterest')]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
