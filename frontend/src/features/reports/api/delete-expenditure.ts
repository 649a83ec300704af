/** DELETE /reports/{id}/expenditures/{lineId} with If-Match: removes a line and its evidence. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidateReport } from '@/lib/api/invalidate-report';

export interface DeleteExpenditureInput {
  reportId: string;
  id: string;
  version: number;
}

export function deleteExpenditure({ reportId, id, version }: DeleteExpenditureInput) {
  return unwrap(api.DELETE('/api/v1/reports/{reportId}/expenditures/{id}', { params: { path: { reportId, id }, header: ifMatch(version) } }));
}

export function useDeleteExpenditure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExpenditure,
    onSettled: (_result, _error, { reportId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.reportExpenditures(reportId) }), invalidateReport(queryClient, reportId)]),
  });
}
