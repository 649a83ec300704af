/** GET /reports/{id}/expenditures: a financial report's expenditure lines. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ExpenditureView } from '@/lib/api/types';

export function getExpenditures(reportId: string) {
  return unwrapAs<ExpenditureView[]>(api.GET('/api/v1/reports/{reportId}/expenditures', { params: { path: { reportId } } }));
}

export function useExpenditures(reportId: string) {
  return useQuery({ queryKey: queryKeys.reportExpenditures(reportId), queryFn: () => getExpenditures(reportId) });
}
