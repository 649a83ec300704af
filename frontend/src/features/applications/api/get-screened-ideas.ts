/** GET /ideas?unitId=&screened=true: the unit's screened ideas an application may start from. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type IdeaView, type Page } from '@/lib/api/types';
import type { Choice } from '@/lib/api/shared-reads';

export async function getScreenedIdeas(unitId: string): Promise<Choice[]> {
  const page = await unwrapAs<Page<IdeaView>>(
    api.GET('/api/v1/ideas', { params: { query: { size: MAX_PAGE_SIZE, unitId, screened: true } } }),
  );
  return page.items.map((idea) => ({ id: idea.id, label: idea.title }));
}

export function getScreenedIdeasQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: queryKeys.ideaList({ for: 'applications', unitId, screened: true }),
    queryFn: () => getScreenedIdeas(unitId),
    enabled: unitId !== '',
    staleTime: 60_000,
  });
}

export function useScreenedIdeas(unitId: string) {
  return useQuery(getScreenedIdeasQueryOptions(unitId));
}
