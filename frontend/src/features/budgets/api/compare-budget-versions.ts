/** GET /budgets/{id}/compare?from=&to=: two versions line by line (0 is the draft). */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetComparison } from '@/lib/api/types';

export function compareBudgetVersions(budgetId: string, from: number, to: number) {
  return unwrapAs<BudgetComparison>(api.GET('/api/v1/budgets/{budgetId}/compare', { params: { path: { budgetId }, query: { from, to } } }));
}

/** Asked for only once the user has chosen the two versions (`pair` set). */
export function useBudgetComparison(budgetId: string, pair: { from: number; to: number } | null) {
  return useQuery({
    queryKey: queryKeys.budgetComparison(budgetId, pair?.from ?? -1, pair?.to ?? -1),
    queryFn: () => compareBudgetVersions(budgetId, pair!.from, pair!.to),
    enabled: pair !== null,
  });
}
