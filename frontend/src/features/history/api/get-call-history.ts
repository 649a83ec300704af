/** GET /calls/{id}/history (advisor, auditor, admin): revisions, newest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RevisionView } from '@/lib/api/types';

export function getCallHistory(id: string) {
  return unwrapAs<RevisionView[]>(api.GET('/api/v1/calls/{id}/history', { params: { path: { id } } }));
}

export function getCallHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.callHistory(id), queryFn: () => getCallHistory(id) });
}

export function useCallHistory(id: string) {
  return useQuery(getCallHistoryQueryOptions(id));
}
