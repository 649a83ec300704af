/** The programme list as a sortable table. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import type { ProgrammeView } from '@/lib/api/types';

interface ProgrammesTableProps {
  programmes: ProgrammeView[];
  sort: string;
  onSort: (sort: string) => void;
}

export function ProgrammesTable({ programmes, sort, onSort }: ProgrammesTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('programmes.listCaption')}</caption>
        <thead>
          <tr>
            <SortableHeader field="code" label={t('programmes.code')} sort={sort} onSort={onSort} />
            <SortableHeader field="name" label={t('programmes.name')} sort={sort} onSort={onSort} />
            <SortableHeader field="fund" label={t('programmes.fund')} sort={sort} onSort={onSort} />
            <th scope="col">{t('programmes.managingAuthority')}</th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((programme) => (
            <tr key={programme.id}>
              <td>{programme.code}</td>
              <td>
                <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
              </td>
              <td>{t(`fund.${programme.fund}`)}</td>
              <td>{programme.managingAuthority ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
