/** /calls: full-text search, filters, "closing soon" (30 days) and sorting by deadline. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvExportButton } from '@/components/csv-export-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { CALL_STATUSES, type ApplicantType, type CallStatus, type Fund } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { useCalls } from '../api/get-calls';
import { useProgrammeOptions } from '@/lib/api/shared-reads';
import { ALL_STATUSES, CallFilters } from '../components/call-filters';
import { CallsTable } from '../components/calls-table';

const FILTERS = ['fund', 'programmeId', 'status', 'applicantType', 'topic', 'closingWithinDays'] as const;
export const CLOSING_SOON_DAYS = 30;

export function CallsListRoute() {
  const { t } = useTranslation();
  const { canWriteCalls } = usePermissions();
  const programmes = useProgrammeOptions();
  const { page, sort, q, filters, update } = useListParams(FILTERS, 'closesAt');
  const closingSoon = filters.closingWithinDays !== '';
  const query = {
    sort,
    q: q || undefined,
    fund: (filters.fund || undefined) as Fund | undefined,
    programmeId: filters.programmeId ? [filters.programmeId] : undefined,
    status: statusesOf(filters.status),
    applicantType: (filters.applicantType || undefined) as ApplicantType | undefined,
    topic: filters.topic || undefined,
    closingWithinDays: closingSoon ? Number(filters.closingWithinDays) || CLOSING_SOON_DAYS : undefined,
  };
  const calls = useCalls({ page, ...query });
  // An empty "open" list says how many calls open soon, so nobody concludes there is nothing to apply to.
  const noneOpen = filters.status === 'OPEN' && calls.data?.total === 0;
  const forthcoming = useCalls({ ...query, status: ['FORTHCOMING'], size: 1 }, noneOpen);
  const { closingWithinDays: _ignored, ...formFilters } = filters;
  return (
    <>
      <PageHeader
        title={t('calls.title')}
        actions={
          <>
            <CsvExportButton path="/api/v1/calls" query={query} fileName="utlysningar.csv" />
            {canWriteCalls && (
              <>
                <Link className="button" to="/calls/new">
                  {t('calls.create')}
                </Link>
                <Link className="button button--secondary" to="/calls/import">
                  {t('callImport.title')}
                </Link>
              </>
            )}
          </>
        }
      />
      <Notice />
      <CallFilters initial={{ q, ...formFilters }} programmes={programmes.data ?? []} onApply={(values) => update(values)} />
      <div className="button-row">
        <button
          type="button"
          className={closingSoon ? 'button' : 'button button--secondary'}
          aria-pressed={closingSoon}
          onClick={() => update({ closingWithinDays: closingSoon ? undefined : CLOSING_SOON_DAYS, sort: closingSoon ? undefined : 'closesAt' })}
        >
          {t('calls.closingSoon', { count: CLOSING_SOON_DAYS })}
        </button>
      </div>
      {calls.isPending ? (
        <Loading />
      ) : calls.isError ? (
        <ProblemAlert error={calls.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {closingSoon ? t('calls.closingSoonCount', { count: calls.data.total, days: CLOSING_SOON_DAYS }) : t('common.resultCount', { count: calls.data.total })}
          </p>
          {noneOpen && forthcoming.data && (
            <p className="notice">
              {t('calls.noneOpenForthcoming', { count: forthcoming.data.total })}{' '}
              {forthcoming.data.total > 0 && (
                <button type="button" className="button button--secondary button--small" onClick={() => update({ status: 'FORTHCOMING' })}>
                  {t('calls.showForthcoming')}
                </button>
              )}
            </p>
          )}
          {calls.data.items.length > 0 && <CallsTable calls={calls.data.items} sort={sort} onSort={(value) => update({ sort: value })} />}
          <Pager page={calls.data.page} size={calls.data.size} total={calls.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}

/** The status filter as the API's repeatable status: '' leaves the server's default (open and forthcoming). */
function statusesOf(value: string): CallStatus[] | undefined {
  if (value === ALL_STATUSES) return [...CALL_STATUSES];
  return value ? [value as CallStatus] : undefined;
}
