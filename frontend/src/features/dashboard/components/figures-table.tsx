/** One grouping's figures per group: counts, success rate and the money in SEK, as the server computed them. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { GroupRow } from './group-rows';
import { ScrollTable } from '@/components/scroll-table';
import { MONEY_KEYS } from './money-chart';
import { useSek } from './use-sek';

interface FiguresTableProps {
  caption: string;
  groupHeader: string;
  rows: GroupRow[];
}

export function FiguresTable({ caption, groupHeader, rows }: FiguresTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sek } = useSek();
  return (
    <ScrollTable label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            {(['applications', 'granted', 'rejected', 'successRatePercent'] as const).map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`dashboard.count.${key}`)}
              </th>
            ))}
            {MONEY_KEYS.map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`dashboard.money.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, figures }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="numeric">{format.number(figures.applications)}</td>
              <td className="numeric">{format.number(figures.granted)}</td>
              <td className="numeric">{format.number(figures.rejected)}</td>
              <td className="numeric">{figures.successRatePercent === null ? '–' : format.percent(figures.successRatePercent)}</td>
              {MONEY_KEYS.map((money) => (
                <td key={money} className="numeric">
                  {sek(figures[money])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
