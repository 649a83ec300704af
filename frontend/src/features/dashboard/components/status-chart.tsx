/** Applications per status in each group, as stacked bars (the table holds the same counts). */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GroupRow } from './group-rows';

const COLOURS = ['#9e9e9e', '#6d8fb3', '#1f5f99', '#4b3b8f', '#8a5a00', '#2e8540', '#b3261e', '#5f5f5f'];

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
        <Legend itemSorter={null} />
        {statuses.map((status, index) => (
          <Bar key={status} dataKey={status} stackId="status" name={t(`applicationStatus.${status}`)} fill={COLOURS[index % COLOURS.length]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
