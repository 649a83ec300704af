/** GET /ideas?unitId=: the unit's project ideas, as choices for a search. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type IdeaView, type Page } from '@/lib/api/types';

export interface Choice {
  id: string;
  label: string;
}

export async function getIdeaChoices(unitId: string): Promise<Choice[]> {
  const page = await unwrapAs<Page<IdeaView>>(api.GET('/api/v1/ideas', { params: { query: { size: MAX_PAGE_SIZE, unitId } } }));
  return page.items.map((idea) => ({ id: idea.id, label: idea.title }));
}

export function getIdeaChoicesQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: queryKeys.ideaList({ for: 'partner-searches', unitId }),
    queryFn: () => getIdeaChoices(unitId),
    enabled: unitId !== '',
    staleTime: 60_000,
  });
}

export function useIdeaChoices(unitId: string) {
  return useQuery(getIdeaChoicesQueryOptions(unitId));
}
