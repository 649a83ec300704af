/** /programmes: search, filter by fund, sort and page through the programmes. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { Fund } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { useProgrammes } from '../api/get-programmes';
import { ProgrammeFilters } from '../components/programme-filters';
import { ProgrammesTable } from '../components/programmes-table';

const FILTERS = ['fund'] as const;

export function ProgrammesListRoute() {
  const { t } = useTranslation();
  const { canWriteProgrammes } = usePermissions();
  const { page, sort, q, filters, update } = useListParams(FILTERS, 'name');
  const programmes = useProgrammes({ page, sort, q: q || undefined, fund: (filters.fund || undefined) as Fund | undefined });
  return (
    <>
      <PageHeader
        title={t('programmes.title')}
        actions={
          canWriteProgrammes && (
            <Link className="button" to="/programmes/new">
              {t('programmes.create')}
            </Link>
          )
        }
      />
      <Notice />
      <ProgrammeFilters initial={{ q, ...filters }} onApply={(values) => update(values)} />
      {programmes.isPending ? (
        <Loading />
      ) : programmes.isError ? (
        <ProblemAlert error={programmes.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: programmes.data.total })}
          </p>
          {programmes.data.items.length > 0 && (
            <ProgrammesTable programmes={programmes.data.items} sort={sort} onSort={(value) => update({ sort: value })} />
          )}
          <Pager page={programmes.data.page} size={programmes.data.size} total={programmes.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
