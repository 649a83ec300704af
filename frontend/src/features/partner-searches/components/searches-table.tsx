/** Partner searches as a table, sortable by title, deadline for interest and creation. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import type { PartnerSearchView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

interface SearchesTableProps {
  searches: PartnerSearchView[];
  sort: string;
  onSort: (sort: string) => void;
}

export function SearchesTable({ searches, sort, onSort }: SearchesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('partnerSearches.listCaption')}</caption>
        <thead>
          <tr>
            <SortableHeader field="title" label={t('partnerSearches.titleLabel')} sort={sort} onSort={onSort} />
            <th scope="col">{t('partnerSearches.unit')}</th>
            <th scope="col">{t('partnerSearches.call')}</th>
            <th scope="col">{t('common.status')}</th>
            <SortableHeader field="interestDeadline" label={t('partnerSearches.interestDeadline')} sort={sort} onSort={onSort} />
            <th scope="col">{t('partnerSearches.interests')}</th>
            <SortableHeader field="createdAt" label={t('partnerSearches.createdAt')} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {searches.map((search) => (
            <tr key={search.id}>
              <td>
                <Link to={`/partner-searches/${search.id}`}>{search.title}</Link>
              </td>
              <td>{search.unitCode}</td>
              <td>{search.callIdentifier ?? '–'}</td>
              <td>{t(`searchStatus.${search.status}`)}</td>
              <td>{format.date(search.interestDeadline) || '–'}</td>
              <td className="numeric">{format.number(search.interests)}</td>
              <td>{format.dateTime(search.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
