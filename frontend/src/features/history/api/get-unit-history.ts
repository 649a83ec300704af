/** GET /units/{id}/history (advisor, auditor, admin): revisions, newest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RevisionView } from '@/lib/api/types';

export function getUnitHistory(id: string) {
  return unwrapAs<RevisionView[]>(api.GET('/api/v1/units/{id}/history', { params: { path: { id } } }));
}

export function getUnitHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.unitHistory(id), queryFn: () => getUnitHistory(id) });
}

export function useUnitHistory(id: string) {
  return useQuery(getUnitHistoryQueryOptions(id));
}
