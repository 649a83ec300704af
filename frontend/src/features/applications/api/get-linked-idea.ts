/** GET /ideas/{id}: the idea an application starts from (to prefill it) or links to (to name it). */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { IdeaView } from '@/lib/api/types';

export function useLinkedIdea(id: string) {
  return useQuery({
    queryKey: queryKeys.idea(id),
    queryFn: () => unwrapAs<IdeaView>(api.GET('/api/v1/ideas/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    staleTime: 60_000,
  });
}
