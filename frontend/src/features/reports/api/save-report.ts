/** PUT /reports/{id} with If-Match: the report's text (409 REPORT-010 when it may not change now). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportContent, ReportView } from '@/lib/api/types';

export interface SaveReportInput {
  id: string;
  version: number;
  body: ReportContent;
}

export function saveReport({ id, version, body }: SaveReportInput) {
  return unwrapAs<ReportView>(api.PUT('/api/v1/reports/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** True when the report may not change in its status (submitted, accepted or sent). */
export function isNotEditable(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.code === 'REPORT-010';
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (report, { id }) => {
      if (report) queryClient.setQueryData(queryKeys.report(id), report);
      return queryClient.invalidateQueries({ queryKey: queryKeys.report(id) });
    },
  });
}
