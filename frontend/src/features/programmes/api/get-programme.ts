/** GET /programmes/{id}: one programme with its rule set and version. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ProgrammeView } from '@/lib/api/types';

export function getProgramme(id: string) {
  return unwrapAs<ProgrammeView>(api.GET('/api/v1/programmes/{id}', { params: { path: { id } } }));
}

export function getProgrammeQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.programme(id), queryFn: () => getProgramme(id) });
}

export function useProgramme(id: string) {
  return useQuery(getProgrammeQueryOptions(id));
}
