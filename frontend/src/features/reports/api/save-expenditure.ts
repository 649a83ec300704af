/**
 * POST /reports/{id}/expenditures, or PUT …/{lineId} with If-Match (the line's version): one expenditure line.
 * 400 BUDGET-004/005/008 at partnerId or category, REPORT-011 at spentOn or vatAmount. A line change bumps the report's version.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ExpenditureRequest, ExpenditureView } from '@/lib/api/types';
import { invalidateReport } from '@/lib/api/invalidate-report';

export interface SaveExpenditureInput {
  reportId: string;
  /** The line to change with its version; a new line without. */
  line?: { id: string; version: number };
  body: ExpenditureRequest;
}

export function saveExpenditure({ reportId, line, body }: SaveExpenditureInput) {
  if (!line) return unwrapAs<ExpenditureView>(api.POST('/api/v1/reports/{reportId}/expenditures', { params: { path: { reportId } }, body }));
  return unwrapAs<ExpenditureView>(
    api.PUT('/api/v1/reports/{reportId}/expenditures/{id}', { params: { path: { reportId, id: line.id }, header: ifMatch(line.version) }, body }),
  );
}

export function useSaveExpenditure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveExpenditure,
    onSuccess: (_line, { reportId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.reportExpenditures(reportId) }), invalidateReport(queryClient, reportId)]),
  });
}
