/** Units without an active international coordinator, each with a link to add one. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoordinatorCoverage } from '@/lib/api/types';

interface UncoveredUnitsTableProps {
  units: CoordinatorCoverage['unitsWithoutCoordinator'];
  canAdd: (unitId: string) => boolean;
}

export function UncoveredUnitsTable({ units, canAdd }: UncoveredUnitsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="table" id="uncovered-units">
        <caption>{t('coverage.uncoveredCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('units.code')}</th>
            <th scope="col">{t('units.name')}</th>
            <th scope="col">{t('units.type')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id} data-unit-code={unit.code}>
              <td>{unit.code}</td>
              <td>
                <Link to={`/units/${unit.id}`}>{unit.name}</Link>
              </td>
              <td>{t(`unitType.${unit.type}`)}</td>
              <td>
                {canAdd(unit.id) && (
                  <Link
                    to={`/contacts/new?unitId=${unit.id}&role=INTERNATIONAL_COORDINATOR`}
                    aria-label={`${t('coverage.addCoordinator')} ${t('coverage.forUnit', { unit: unit.name })}`}
                  >
                    {t('coverage.addCoordinator')}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
