/** /ideas: search and filter the project ideas (applicants and coordinators see their own units'). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvExportButton } from '@/components/csv-export-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { IdeaStatus, ScreeningOutcome } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { recentYears } from '@/lib/recent-years';
import { useListParams } from '@/lib/use-list-params';
import { useIdeas } from '../api/get-ideas';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { IdeaFilters } from '../components/idea-filters';
import { IdeasTable } from '../components/ideas-table';

const FILTERS = ['unitId', 'status', 'screened', 'outcome', 'year'] as const;

export function IdeasListRoute() {
  const { t } = useTranslation();
  const { canWriteIdeas } = usePermissions();
  const units = useUnitOptions();
  // No sort is sent: the server's default order (newest first) applies.
  const { page, q, filters, update } = useListParams(FILTERS, '');
  const query = {
    q: q || undefined,
    unitId: filters.unitId || undefined,
    status: (filters.status || undefined) as IdeaStatus | undefined,
    screened: filters.screened ? filters.screened === 'true' : undefined,
    outcome: (filters.outcome || undefined) as ScreeningOutcome | undefined,
    year: filters.year ? Number(filters.year) : undefined,
  };
  const ideas = useIdeas({ page, ...query });
  return (
    <>
      <PageHeader
        title={t('ideas.title')}
        actions={
          <>
            <CsvExportButton path="/api/v1/ideas" query={query} fileName="projektideer.csv" />
            {canWriteIdeas && (
              <Link className="button" to="/ideas/new">
                {t('ideas.create')}
              </Link>
            )}
          </>
        }
      >
        <p className="lead">{t('ideas.intro')}</p>
      </PageHeader>
      <Notice />
      <IdeaFilters initial={{ q, ...filters }} units={units.data ?? []} years={recentYears()} onApply={(values) => update(values)} />
      {ideas.isPending ? (
        <Loading />
      ) : ideas.isError ? (
        <ProblemAlert error={ideas.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: ideas.data.total })}
          </p>
          {ideas.data.items.length > 0 && <IdeasTable ideas={ideas.data.items} />}
          <Pager page={ideas.data.page} size={ideas.data.size} total={ideas.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
