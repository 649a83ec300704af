/** GET /calls as the call finder of every picker: type-ahead text, programmes, statuses; paged, "more" adds a page. */
import { keepPreviousData, useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CallStatus, CallView, Page } from '@/lib/api/types';

export const PICKER_PAGE_SIZE = 10;

export interface CallSearch {
  q: string;
  programmeIds: string[];
  /** Empty: the server's default, open and forthcoming calls. */
  statuses: CallStatus[];
}

export function searchCalls(search: CallSearch, page: number) {
  const query = {
    q: search.q.trim() || undefined,
    programmeId: search.programmeIds.length ? search.programmeIds : undefined,
    status: search.statuses.length ? search.statuses : undefined,
    page,
    size: PICKER_PAGE_SIZE,
    sort: 'closesAt',
  };
  return unwrapAs<Page<CallView>>(api.GET('/api/v1/calls', { params: { query } }));
}

export function useCallSearch(search: CallSearch) {
  return useInfiniteQuery({
    queryKey: queryKeys.callOptions(search),
    queryFn: ({ pageParam }) => searchCalls(search, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The chosen calls by id, so that a choice stays shown whatever the search lists. */
export function useChosenCalls(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.call(id),
      queryFn: () => unwrapAs<CallView>(api.GET('/api/v1/calls/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
}
