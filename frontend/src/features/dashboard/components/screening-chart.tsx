/** The screening rate per unit in percent, as bars (the table holds the same figures). */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/lib/i18n/format';
import type { PortfolioView } from '../api/get-portfolio';

export function ScreeningChart({ screening }: { screening: PortfolioView['screening'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = screening.units.map((unit) => ({ label: unit.unitName, rate: unit.ratePercent ?? 0 }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[0, 100]} unit=" %" />
        <Tooltip formatter={(value) => format.percent(Number(value))} />
        <Bar dataKey="rate" name={t('dashboard.screening.rate')} fill="#1f5f99" />
      </BarChart>
    </ResponsiveContainer>
  );
}
