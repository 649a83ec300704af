/** GET /programmes/{id}/history (advisor, auditor, admin): revisions, newest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RevisionView } from '@/lib/api/types';

export function getProgrammeHistory(id: string) {
  return unwrapAs<RevisionView[]>(api.GET('/api/v1/programmes/{id}/history', { params: { path: { id } } }));
}

export function getProgrammeHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.programmeHistory(id), queryFn: () => getProgrammeHistory(id) });
}

export function useProgrammeHistory(id: string) {
  return useQuery(getProgrammeHistoryQueryOptions(id));
}
