/** Ideas and screened ideas per unit over the chosen years, with the rates the server computed. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { PortfolioView } from '../api/get-portfolio';

export function ScreeningTable({ screening }: { screening: PortfolioView['screening'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (value: number | null) => (value === null ? '–' : format.percent(value));
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption>{t('dashboard.screening.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.unit')}</th>
            <th scope="col" className="numeric">{t('dashboard.screening.ideas')}</th>
            <th scope="col" className="numeric">{t('dashboard.screening.screened')}</th>
            <th scope="col" className="numeric">{t('dashboard.screening.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {screening.units.map((unit) => (
            <tr key={unit.unitId}>
              <th scope="row">{unit.unitName}</th>
              <td className="numeric">{format.number(unit.ideas)}</td>
              <td className="numeric">{format.number(unit.screened)}</td>
              <td className="numeric">{percent(unit.ratePercent)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            <td className="numeric">{format.number(screening.total.ideas)}</td>
            <td className="numeric">{format.number(screening.total.screened)}</td>
            <td className="numeric">{percent(screening.total.ratePercent)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
