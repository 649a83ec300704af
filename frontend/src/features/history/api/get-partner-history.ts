/** GET /partners/{id}/history (advisor, auditor, admin): revisions of an organisation, newest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RevisionView } from '@/lib/api/types';

export function getPartnerHistory(id: string) {
  return unwrapAs<RevisionView[]>(api.GET('/api/v1/partners/{id}/history', { params: { path: { id } } }));
}

export function getPartnerHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.partnerHistory(id), queryFn: () => getPartnerHistory(id) });
}

export function usePartnerHistory(id: string) {
  return useQuery(getPartnerHistoryQueryOptions(id));
}
