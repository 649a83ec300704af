/** /projects: the running projects (applicants and coordinators see their own units'), filtered by unit and status in the address. */
import { useTranslation } from 'react-i18next';
import { CsvExportButton } from '@/components/csv-export-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { ProjectStatus } from '@/lib/api/types';
import { useListParams } from '@/lib/use-list-params';
import { useProjects } from '../api/get-projects';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { ProjectFilters } from '../components/project-filters';
import { ProjectsTable } from '../components/projects-table';

const FILTERS = ['unitId', 'status', 'pastRetention'] as const;

export function ProjectsListRoute() {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const { page, filters, update } = useListParams(FILTERS, '');
  const query = {
    unitId: filters.unitId || undefined,
    status: (filters.status || undefined) as ProjectStatus | undefined,
    pastRetention: filters.pastRetention === 'true' || undefined,
  };
  const projects = useProjects({ page, ...query });
  return (
    <>
      <PageHeader title={t('projects.title')} actions={<CsvExportButton path="/api/v1/projects" query={query} fileName="projekt.csv" />}>
        <p className="lead">{t('projects.intro')}</p>
      </PageHeader>
      <ProjectFilters initial={filters} units={units.data ?? []} onApply={(values) => update(values)} />
      {projects.isPending ? (
        <Loading />
      ) : projects.isError ? (
        <ProblemAlert error={projects.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: projects.data.total })}
          </p>
          {projects.data.items.length > 0 && <ProjectsTable projects={projects.data.items} />}
          <Pager page={projects.data.page} size={projects.data.size} total={projects.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
