/** GET /ideas: a page of project ideas (applicants and coordinators: their own units'), searched and filtered. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type IdeaStatus, type IdeaView, type Page, type ScreeningOutcome } from '@/lib/api/types';

export interface IdeaListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  unitId?: string;
  status?: IdeaStatus;
  screened?: boolean;
  year?: number;
  outcome?: ScreeningOutcome;
}

export function getIdeas(params: IdeaListParams) {
  return unwrapAs<Page<IdeaView>>(api.GET('/api/v1/ideas', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getIdeasQueryOptions(params: IdeaListParams) {
  return queryOptions({
    queryKey: queryKeys.ideaList(params),
    queryFn: () => getIdeas(params),
    placeholderData: keepPreviousData,
  });
}

export function useIdeas(params: IdeaListParams) {
  return useQuery(getIdeasQueryOptions(params));
}
