/** After a change to a report: it, its claim, its timeline, its next steps and the projects' schedules are read again. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export function invalidateReport(queryClient: QueryClient, reportId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.report(reportId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reportClaim(reportId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reportTimeline(reportId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reportReadiness(reportId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.projects }),
  ]);
}
