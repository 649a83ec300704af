/** GET /programmes: a page of programmes, searched, filtered by fund and sorted (name, code or fund). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type Fund, type Page, type ProgrammeView } from '@/lib/api/types';

export interface ProgrammeListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  fund?: Fund;
}

export function getProgrammes(params: ProgrammeListParams) {
  return unwrapAs<Page<ProgrammeView>>(api.GET('/api/v1/programmes', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getProgrammesQueryOptions(params: ProgrammeListParams) {
  return queryOptions({
    queryKey: queryKeys.programmeList(params),
    queryFn: () => getProgrammes(params),
    placeholderData: keepPreviousData,
  });
}

export function useProgrammes(params: ProgrammeListParams) {
  return useQuery(getProgrammesQueryOptions(params));
}
