/** GET /partner-searches/{id}/matches: a page of organisations ranked by relevance, each with why it matched (no other order). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type MatchView, type Page } from '@/lib/api/types';

export function getMatches(searchId: string, page: number) {
  return unwrapAs<Page<MatchView>>(
    api.GET('/api/v1/partner-searches/{id}/matches', { params: { path: { id: searchId }, query: { page, size: DEFAULT_PAGE_SIZE } } }),
  );
}

export function getMatchesQueryOptions(searchId: string, page: number) {
  return queryOptions({
    queryKey: queryKeys.partnerSearchMatches(searchId, page),
    queryFn: () => getMatches(searchId, page),
    placeholderData: keepPreviousData,
  });
}

export function useMatches(searchId: string, page: number) {
  return useQuery(getMatchesQueryOptions(searchId, page));
}
