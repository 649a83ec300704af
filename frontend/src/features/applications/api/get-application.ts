/** GET /applications/{id}: one application with its version and the actions the caller may take now. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ApplicationView } from '@/lib/api/types';

export function getApplication(id: string) {
  return unwrapAs<ApplicationView>(api.GET('/api/v1/applications/{id}', { params: { path: { id } } }));
}

export function getApplicationQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.application(id), queryFn: () => getApplication(id) });
}

export function useApplication(id: string) {
  return useQuery(getApplicationQueryOptions(id));
}
