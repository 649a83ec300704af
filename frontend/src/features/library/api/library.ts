/** The results library: search (GET /results), one entry, what is internal (PUT …/visibility), similar past projects. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Page, ResultListItem, ResultPart, ResultView } from '@/lib/api/types';

export interface ResultQuery {
  page?: number;
  q?: string;
  unitId?: string;
  fund?: string;
  year?: number;
  theme?: string;
}

export function getResults(query: ResultQuery) {
  return unwrapAs<Page<ResultListItem>>(api.GET('/api/v1/results', { params: { query } }));
}

export function useResults(query: ResultQuery) {
  return useQuery(queryOptions({ queryKey: queryKeys.resultList(query), queryFn: () => getResults(query) }));
}

export function getResult(id: string) {
  return unwrapAs<ResultView>(api.GET('/api/v1/results/{id}', { params: { path: { id } } }));
}

export function getResultQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.result(id), queryFn: () => getResult(id) });
}

export function useResult(id: string) {
  return useQuery(getResultQueryOptions(id));
}

export function useSetVisibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, internalParts }: { id: string; version: number; internalParts: ResultPart[] }) =>
      unwrapAs<ResultView>(
        api.PUT('/api/v1/results/{id}/visibility', { params: { path: { id }, header: ifMatch(version) }, body: { internalParts } }),
      ),
    onSuccess: (result, { id }) => {
      queryClient.setQueryData(queryKeys.result(id), result);
      return queryClient.invalidateQueries({ queryKey: queryKeys.results });
    },
  });
}

