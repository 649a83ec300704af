/** GET /contact-persons/{id}/history (advisor, auditor, admin): revisions, newest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RevisionView } from '@/lib/api/types';

export function getContactHistory(id: string) {
  return unwrapAs<RevisionView[]>(api.GET('/api/v1/contact-persons/{id}/history', { params: { path: { id } } }));
}

export function getContactHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.contactHistory(id), queryFn: () => getContactHistory(id) });
}

export function useContactHistory(id: string) {
  return useQuery(getContactHistoryQueryOptions(id));
}
