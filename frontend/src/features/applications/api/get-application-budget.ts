/** GET /applications/{id}/budget for the application page's budget section: `null` while there is none (404). */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetView } from '@/lib/api/types';

export async function getApplicationBudget(applicationId: string): Promise<BudgetView | null> {
  try {
    return await unwrapAs<BudgetView>(api.GET('/api/v1/applications/{applicationId}/budget', { params: { path: { applicationId } } }));
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function useApplicationBudget(applicationId: string) {
  return useQuery({ queryKey: queryKeys.applicationBudget(applicationId), queryFn: () => getApplicationBudget(applicationId) });
}
