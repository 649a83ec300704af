/** Applications as a table, sortable by title, unit, call deadline, status, creation and submission. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import type { ApplicationListItem } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { CallClosesAt } from './call-closes-at';
import { StatusBadge } from './status-badge';

interface ApplicationsTableProps {
  applications: ApplicationListItem[];
  sort: string;
  onSort: (sort: string) => void;
}

export function ApplicationsTable({ applications, sort, onSort }: ApplicationsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('applications.listCaption')}</caption>
        <thead>
          <tr>
            <SortableHeader field="title" label={t('applications.titleLabel')} sort={sort} onSort={onSort} />
            <SortableHeader field="unitName" label={t('applications.unit')} sort={sort} onSort={onSort} />
            <th scope="col">{t('applications.call')}</th>
            <SortableHeader field="callClosesAt" label={t('applications.callClosesAt')} sort={sort} onSort={onSort} />
            <SortableHeader field="status" label={t('common.status')} sort={sort} onSort={onSort} />
            <SortableHeader field="createdAt" label={t('applications.createdAt')} sort={sort} onSort={onSort} />
            <SortableHeader field="submittedOn" label={t('applications.submittedOn')} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {applications.map((application) => (
            <tr key={application.id}>
              <td>
                <Link to={`/applications/${application.id}`}>{application.title}</Link>
                {application.acronym && <span className="muted"> ({application.acronym})</span>}
              </td>
              <td>{application.unitName}</td>
              <td>{application.callIdentifier ?? '–'}</td>
              <td>
                <CallClosesAt closesAt={application.callClosesAt} />
              </td>
              <td>
                <StatusBadge status={application.status} />
              </td>
              <td>{format.dateTime(application.createdAt)}</td>
              <td>{format.date(application.submittedOn) || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
