/** EU money applied for, granted, co-financing, claimed and received per group, as bars (the table holds the same data). */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { legendText } from './legend-text';
import type { GroupRow } from './group-rows';
import { useSek } from './use-sek';

export const MONEY_KEYS = ['euAppliedFor', 'euGranted', 'coFinancing', 'euClaimed', 'euReceived'] as const;
/** Each at least 4.5:1 against white (issue 14). */
export const MONEY_COLOURS = ['#1f5f99', '#2e8540', '#8a5a00', '#7a3e9d', '#b3261e'];

export function MoneyChart({ rows }: { rows: GroupRow[] }) {
  const { t } = useTranslation();
  const { sek, short } = useSek();
  const data = rows.map((row) => ({ label: row.label, ...Object.fromEntries(MONEY_KEYS.map((key) => [key, row.figures[key]])) }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={short} width={72} />
        <Tooltip formatter={(value) => sek(Number(value))} />
        <Legend itemSorter={null} formatter={legendText} />
        {MONEY_KEYS.map((key, index) => (
          <Bar key={key} dataKey={key} name={t(`dashboard.money.${key}`)} fill={MONEY_COLOURS[index]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
