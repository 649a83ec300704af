/** /units: search, filter, sort and page through the units. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvExportButton } from '@/components/csv-export-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import type { UnitType } from '@/lib/api/types';
import { useListParams } from '@/lib/use-list-params';
import { useUnits } from '../api/get-units';
import { UnitFilters } from '../components/unit-filters';
import { UnitsTable } from '../components/units-table';

const FILTERS = ['type', 'active'] as const;

export function UnitsListRoute() {
  const { t } = useTranslation();
  const { canWriteUnits } = usePermissions();
  const { page, sort, q, filters, update } = useListParams(FILTERS, 'name');
  const query = {
    sort,
    q: q || undefined,
    type: (filters.type || undefined) as UnitType | undefined,
    active: filters.active ? filters.active === 'true' : undefined,
  };
  const units = useUnits({ page, ...query });
  return (
    <>
      <PageHeader
        title={t('units.title')}
        actions={
          <>
            <CsvExportButton path="/api/v1/units" query={query} fileName="enheter.csv" />
            {canWriteUnits && (
              <Link className="button" to="/units/new">
                {t('units.create')}
              </Link>
            )}
          </>
        }
      />
      <Notice />
      <UnitFilters initial={{ q, ...filters }} onApply={(values) => update(values)} />
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <ProblemAlert error={units.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: units.data.total })}
          </p>
          {units.data.items.length > 0 && <UnitsTable units={units.data.items} sort={sort} onSort={(value) => update({ sort: value })} />}
          <Pager page={units.data.page} size={units.data.size} total={units.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
