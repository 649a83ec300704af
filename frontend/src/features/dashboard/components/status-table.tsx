/** Applications per status in each group: the data of the status chart. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { GroupRow } from './group-rows';
import { ScrollTable } from '@/components/scroll-table';

export function StatusTable({ caption, groupHeader, rows }: { caption: string; groupHeader: string; rows: GroupRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const statuses = rows[0]?.figures.statuses.map((count) => count.status) ?? [];
  return (
    <ScrollTable label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            {statuses.map((status) => (
              <th key={status} scope="col" className="numeric">
                {t(`applicationStatus.${status}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('dashboard.count.applications')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, figures }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {figures.statuses.map((count) => (
                <td key={count.status} className="numeric">
                  {format.number(count.count)}
                </td>
              ))}
              <td className="numeric">{format.number(figures.applications)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
