/** GET /ideas/{id}: one project idea with its screening and version. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { IdeaView } from '@/lib/api/types';

export function getIdea(id: string) {
  return unwrapAs<IdeaView>(api.GET('/api/v1/ideas/{id}', { params: { path: { id } } }));
}

export function getIdeaQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.idea(id), queryFn: () => getIdea(id) });
}

export function useIdea(id: string) {
  return useQuery(getIdeaQueryOptions(id));
}
