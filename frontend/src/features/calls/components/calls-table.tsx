/** The call list as a table, sortable by deadline, title and identifier. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import type { CallView } from '@/lib/api/types';
import { CallDeadline } from './call-deadline';

interface CallsTableProps {
  calls: CallView[];
  sort: string;
  onSort: (sort: string) => void;
}

export function CallsTable({ calls, sort, onSort }: CallsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('calls.listCaption')}</caption>
        <thead>
          <tr>
            <SortableHeader field="identifier" label={t('calls.identifier')} sort={sort} onSort={onSort} />
            <SortableHeader field="title" label={t('calls.titleLabel')} sort={sort} onSort={onSort} />
            <th scope="col">{t('calls.programme')}</th>
            <th scope="col">{t('common.status')}</th>
            <SortableHeader field="closesAt" label={t('calls.deadline')} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.id}>
              <td>{call.identifier}</td>
              <td>
                <Link to={`/calls/${call.id}`}>{call.title}</Link>
              </td>
              <td>
                {call.programmeName}
                <br />
                <span className="muted">{t(`fund.${call.fund}`)}</span>
              </td>
              <td>{t(`callStatus.${call.status}`)}</td>
              <td>
                <CallDeadline call={call} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
