/** GET /applications/{id}/budget: the draft with its figures, rules and version; `null` while the application has none (404). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetView } from '@/lib/api/types';

export async function getBudget(applicationId: string): Promise<BudgetView | null> {
  try {
    return await unwrapAs<BudgetView>(api.GET('/api/v1/applications/{applicationId}/budget', { params: { path: { applicationId } } }));
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function getBudgetQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationBudget(applicationId), queryFn: () => getBudget(applicationId) });
}

export function useBudget(applicationId: string) {
  return useQuery(getBudgetQueryOptions(applicationId));
}
