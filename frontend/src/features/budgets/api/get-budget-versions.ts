/** GET /budgets/{id}/versions: the frozen versions, oldest first. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetVersionView } from '@/lib/api/types';

export function getBudgetVersions(budgetId: string) {
  return unwrapAs<BudgetVersionView[]>(api.GET('/api/v1/budgets/{budgetId}/versions', { params: { path: { budgetId } } }));
}

export function useBudgetVersions(budgetId: string) {
  return useQuery({ queryKey: queryKeys.budgetVersions(budgetId), queryFn: () => getBudgetVersions(budgetId) });
}
