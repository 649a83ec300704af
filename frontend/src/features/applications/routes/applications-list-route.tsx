/** /applications: search, filter (also by programme and call deadline) and sort the applications (applicants and coordinators see their own units'). */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { Link } from 'react-router';
import { CsvExportButton } from '@/components/csv-export-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager, roughly } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { ApplicationStatus } from '@/lib/api/types';
import { localTimeZone, startOfDayIso } from '@/lib/i18n/zoned-time';
import { useListParams } from '@/lib/use-list-params';
import { useApplications } from '../api/get-applications';
import { useProgrammeChoices } from '@/lib/api/shared-reads';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { ApplicationFilters } from '../components/application-filters';
import { ApplicationsTable } from '../components/applications-table';
import { useApplicationAccess } from '@/lib/auth/application-access';

const FILTERS = ['unitId', 'callId', 'programmeId', 'status', 'callClosesBefore'] as const;

export function ApplicationsListRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { canCreate } = useApplicationAccess();
  const units = useUnitOptions();
  const programmes = useProgrammeChoices();
  // No sort until the user asks for one: the server's default order (newest first) applies.
  const { page, sort, q, filters, update } = useListParams(FILTERS, '');
  const query = {
    sort: sort || undefined,
    q: q || undefined,
    unitId: filters.unitId || undefined,
    callId: filters.callId || undefined,
    programmeId: filters.programmeId || undefined,
    status: (filters.status || undefined) as ApplicationStatus | undefined,
    // The address keeps the day; the API wants the instant it starts, in the user's zone.
    callClosesBefore: startOfDayIso(filters.callClosesBefore, localTimeZone()) || undefined,
  };
  const applications = useApplications({ page, ...query });
  return (
    <>
      <PageHeader
        title={t('applications.title')}
        actions={
          <>
            <CsvExportButton path="/api/v1/applications" query={query} fileName="ansokningar.csv" />
            {canCreate && (
              <Link className="button" to="/applications/new">
                {t('applications.create')}
              </Link>
            )}
          </>
        }
      >
        <p className="lead">{t('applications.intro')}</p>
      </PageHeader>
      <Notice />
      <ApplicationFilters initial={{ q, ...filters }} units={units.data ?? []} programmes={programmes.data ?? []} onApply={(values) => update(values)} />
      {applications.isPending ? (
        <Loading />
      ) : applications.isError ? (
        <ProblemAlert error={applications.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {applications.data.totalEstimated
              ? t('common.resultCountEstimated', { total: format.number(roughly(applications.data.total)) })
              : t('common.resultCount', { count: applications.data.total })}
          </p>
          {applications.data.items.length > 0 && (
            <ApplicationsTable applications={applications.data.items} sort={sort || '-createdAt'} onSort={(value) => update({ sort: value })} />
          )}
          <Pager page={applications.data.page} size={applications.data.size} total={applications.data.total}
            estimated={applications.data.totalEstimated}
            onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
