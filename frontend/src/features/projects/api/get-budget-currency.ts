/** GET /applications/{id}/budget, for the currency the project's granted amount is in (the project does not say it). */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetView } from '@/lib/api/types';

export function getBudget(applicationId: string) {
  return unwrapAs<BudgetView>(api.GET('/api/v1/applications/{applicationId}/budget', { params: { path: { applicationId } } }));
}

/** The budget's currency, or undefined while loading or without a budget. */
export function useBudgetCurrency(applicationId: string) {
  const budget = useQuery({ queryKey: queryKeys.applicationBudget(applicationId), queryFn: () => getBudget(applicationId), retry: false });
  return budget.data?.content.currency;
}
