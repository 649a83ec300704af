/** GET /partners?q=: organisations of the register by name or keyword, for choosing one (an expression of interest, a twin town). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Page, PartnerView } from '@/lib/api/types';

const FOUND_AT_MOST = 20;

export function findOrganisations(q: string) {
  return unwrapAs<Page<PartnerView>>(api.GET('/api/v1/partners', { params: { query: { q, size: FOUND_AT_MOST } } }));
}

export function findOrganisationsQueryOptions(q: string) {
  return queryOptions({ queryKey: queryKeys.partnerList({ for: 'interest', q }), queryFn: () => findOrganisations(q), enabled: q !== '' });
}

export function useFoundOrganisations(q: string) {
  return useQuery(findOrganisationsQueryOptions(q));
}
