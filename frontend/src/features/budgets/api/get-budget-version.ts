/** GET /budgets/{id}/versions/{number}: one frozen version with its content and figures. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetVersionDetail } from '@/lib/api/types';

export function useBudgetVersion(budgetId: string | undefined, number: number) {
  return useQuery({
    queryKey: queryKeys.budgetVersion(budgetId ?? '', number),
    queryFn: () => unwrapAs<BudgetVersionDetail>(api.GET('/api/v1/budgets/{budgetId}/versions/{number}', { params: { path: { budgetId: budgetId ?? '', number } } })),
    enabled: !!budgetId,
  });
}
