/** The active units without an international coordinator today (policy 2.d.iii), with how many are covered. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortfolioView } from '../api/get-portfolio';

export function UncoveredUnits({ coverage }: { coverage: PortfolioView['coordinatorCoverage'] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('dashboard.coverage.summary', { covered: coverage.unitsWithCoordinator, active: coverage.activeUnits })}</p>
      {coverage.unitsWithoutCoordinator.length > 0 && (
        <div className="table-wrapper">
          <table className="table">
            <caption>{t('dashboard.coverage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.unit')}</th>
                <th scope="col">{t('dashboard.coverage.code')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.unitsWithoutCoordinator.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">
                    <Link to={`/units/${unit.id}`}>{unit.name}</Link>
                  </th>
                  <td>{unit.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
