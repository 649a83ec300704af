/** The coverage counts as a short list of figures. */
import { useTranslation } from 'react-i18next';
import type { CoordinatorCoverage } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function CoverageSummary({ coverage }: { coverage: CoordinatorCoverage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const without = coverage.unitsWithoutCoordinator.length;
  const share = coverage.activeUnits > 0 ? Math.round((coverage.unitsWithCoordinator / coverage.activeUnits) * 100) : 100;
  return (
    <>
      {coverage.date && <p>{t('coverage.asOf', { date: format.date(coverage.date) })}</p>}
      <dl className="figures">
        <div className="figure">
          <dt>{t('coverage.activeUnits')}</dt>
          <dd>{format.number(coverage.activeUnits)}</dd>
        </div>
        <div className="figure">
          <dt>{t('coverage.withCoordinator')}</dt>
          <dd>
            {format.number(coverage.unitsWithCoordinator)} <span className="figure__note">({t('coverage.percent', { value: format.number(share) })})</span>
          </dd>
        </div>
        <div className="figure">
          <dt>{t('coverage.withoutCoordinator')}</dt>
          <dd>{format.number(without)}</dd>
        </div>
      </dl>
    </>
  );
}
