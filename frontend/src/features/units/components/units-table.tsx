/** The unit list as a sortable table. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import type { UnitView } from '@/lib/api/types';

interface UnitsTableProps {
  units: UnitView[];
  sort: string;
  onSort: (sort: string) => void;
}

export function UnitsTable({ units, sort, onSort }: UnitsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('units.listCaption')}</caption>
        <thead>
          <tr>
            <SortableHeader field="code" label={t('units.code')} sort={sort} onSort={onSort} />
            <SortableHeader field="name" label={t('units.name')} sort={sort} onSort={onSort} />
            <SortableHeader field="type" label={t('units.type')} sort={sort} onSort={onSort} />
            <th scope="col">{t('units.parent')}</th>
            <SortableHeader field="active" label={t('common.status')} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id}>
              <td>{unit.code}</td>
              <td>
                <Link to={`/units/${unit.id}`}>{unit.name}</Link>
              </td>
              <td>{t(`unitType.${unit.type}`)}</td>
              <td>{unit.parentName ?? '–'}</td>
              <td>{unit.active ? t('common.active') : t('common.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
