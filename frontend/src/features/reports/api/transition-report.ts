/**
 * POST /reports/{id}/transitions with If-Match: one workflow step. 400 errors[] (REPORT-002 text missing,
 * REPORT-003 no lines, REPORT-004 no rate for the month, REPORT-005 comment/date/reference), 403 REPORT-007, 409 REPORT-008.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportTransitionRequest, ReportView } from '@/lib/api/types';
import { invalidateReport } from '@/lib/api/invalidate-report';

export interface TransitionReportInput {
  id: string;
  version: number;
  body: ReportTransitionRequest;
}

export function transitionReport({ id, version, body }: TransitionReportInput) {
  return unwrapAs<ReportView>(api.POST('/api/v1/reports/{id}/transitions', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useTransitionReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionReport,
    onSuccess: (report, { id }) => {
      if (report) queryClient.setQueryData(queryKeys.report(id), report);
      return invalidateReport(queryClient, id);
    },
  });
}
