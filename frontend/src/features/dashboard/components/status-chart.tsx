/** Applications per status in each group, as stacked bars (the table holds the same counts). */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { legendText } from './legend-text';
import type { GroupRow } from './group-rows';

/** Each at least 4.5:1 against white, so that the legend's swatches read like text (issue 14). */
export const STATUS_COLOURS = ['#707070', '#4a6f94', '#1f5f99', '#4b3b8f', '#8a5a00', '#2e8540', '#b3261e', '#5f5f5f'];

export function StatusChart({ rows }: { rows: GroupRow[] }) {
  const { t } = useTranslation();
  const statuses = rows[0]?.figures.statuses.map((count) => count.status) ?? [];
  const data = rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(row.figures.statuses.map((count) => [count.status, count.count])),
  }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend itemSorter={null} formatter={legendText} />
        {statuses.map((status, index) => (
          <Bar key={status} dataKey={status} stackId="status" name={t(`applicationStatus.${status}`)} fill={STATUS_COLOURS[index % STATUS_COLOURS.length]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
