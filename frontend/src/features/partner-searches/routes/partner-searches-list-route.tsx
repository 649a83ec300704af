/** /partner-searches: the searches of the user's units (every unit for the International Office and auditors), newest first. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { SearchStatus } from '@/lib/api/types';
import { useMe } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { usePartnerSearches } from '../api/get-partner-searches';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { SearchFilters } from '../components/search-filters';
import { SearchesTable } from '../components/searches-table';

const FILTERS = ['unitId', 'status'] as const;

export function PartnerSearchesListRoute() {
  const { t } = useTranslation();
  const { me, permissions } = useMe();
  const allUnits = useUnitOptions();
  // Those who see only their own units' searches filter among their own units.
  const units = permissions.seesAllUnits ? (allUnits.data ?? []) : me.units;
  const { page, sort, filters, update } = useListParams(FILTERS, '');
  const searches = usePartnerSearches({
    page,
    sort: sort || undefined,
    unitId: filters.unitId || undefined,
    status: (filters.status || undefined) as SearchStatus | undefined,
  });
  return (
    <>
      <PageHeader
        title={t('partnerSearches.title')}
        actions={
          permissions.canWritePartnerSearches && (
            <Link className="button" to="/partner-searches/new">
              {t('partnerSearches.create')}
            </Link>
          )
        }
      >
        <p className="lead">{t('partnerSearches.intro')}</p>
      </PageHeader>
      <Notice />
      <SearchFilters initial={filters} units={units} onApply={(values) => update(values)} />
      {searches.isPending ? (
        <Loading />
      ) : searches.isError ? (
        <ProblemAlert error={searches.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: searches.data.total })}
          </p>
          {searches.data.items.length > 0 && <SearchesTable searches={searches.data.items} sort={sort || '-createdAt'} onSort={(value) => update({ sort: value })} />}
          <Pager page={searches.data.page} size={searches.data.size} total={searches.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
