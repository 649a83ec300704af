/** GET /ideas/{id}/history (advisor, auditor, admin): revisions, newest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RevisionView } from '@/lib/api/types';

export function getIdeaHistory(id: string) {
  return unwrapAs<RevisionView[]>(api.GET('/api/v1/ideas/{id}/history', { params: { path: { id } } }));
}

export function getIdeaHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.ideaHistory(id), queryFn: () => getIdeaHistory(id) });
}

export function useIdeaHistory(id: string) {
  return useQuery(getIdeaHistoryQueryOptions(id));
}
