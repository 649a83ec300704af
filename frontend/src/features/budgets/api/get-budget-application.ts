/** GET /applications/{id}: the budget page needs the application's title, status, unit and call. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ApplicationView } from '@/lib/api/types';

export function getBudgetApplicationQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.application(id),
    queryFn: () => unwrapAs<ApplicationView>(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
  });
}

export function useBudgetApplication(id: string) {
  return useQuery(getBudgetApplicationQueryOptions(id));
}
