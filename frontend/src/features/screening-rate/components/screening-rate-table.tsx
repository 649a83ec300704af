/** Ideas and screened ideas per unit with the rate the server computed, and the total. */
import { useTranslation } from 'react-i18next';
import type { ScreeningRateView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function ScreeningRateTable({ rate }: { rate: ScreeningRateView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (value: number | null) => (value === null ? '–' : format.percent(value));
  return (
    <div className="table-wrapper">
      <table className="table" id="screening-rate">
        <caption>{t('screeningRate.caption', { year: rate.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('units.code')}</th>
            <th scope="col">{t('units.name')}</th>
            <th scope="col" className="numeric">
              {t('screeningRate.ideas')}
            </th>
            <th scope="col" className="numeric">
              {t('screeningRate.screened')}
            </th>
            <th scope="col" className="numeric">
              {t('screeningRate.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rate.units.map((unit) => (
            <tr key={unit.unitId} data-unit-code={unit.unitCode}>
              <td>{unit.unitCode}</td>
              <th scope="row">{unit.unitName}</th>
              <td className="numeric">{format.number(unit.ideas)}</td>
              <td className="numeric">{format.number(unit.screened)}</td>
              <td className="numeric">{percent(unit.ratePercent)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">{t('screeningRate.total')}</th>
            <td className="numeric">{format.number(rate.total.ideas)}</td>
            <td className="numeric">{format.number(rate.total.screened)}</td>
            <td className="numeric">{percent(rate.total.ratePercent)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
