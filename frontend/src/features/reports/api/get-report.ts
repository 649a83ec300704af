/** GET /reports/{id}: one report with its content, status, the steps the caller may take and whether they may edit it. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportView } from '@/lib/api/types';

export function getReport(id: string) {
  return unwrapAs<ReportView>(api.GET('/api/v1/reports/{id}', { params: { path: { id } } }));
}

export function getReportQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.report(id), queryFn: () => getReport(id) });
}

export function useReport(id: string) {
  return useQuery(getReportQueryOptions(id));
}
