/** GET /partner-searches/{id}: one search with its criteria and version for If-Match. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerSearchView } from '@/lib/api/types';

export function getPartnerSearch(id: string) {
  return unwrapAs<PartnerSearchView>(api.GET('/api/v1/partner-searches/{id}', { params: { path: { id } } }));
}

export function getPartnerSearchQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.partnerSearch(id), queryFn: () => getPartnerSearch(id) });
}

export function usePartnerSearch(id: string) {
  return useQuery(getPartnerSearchQueryOptions(id));
}
