/** GET /partners?q=&size=10: organisations of the register by name, city or keyword, to add one to the partnership. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Page, PartnerView } from '@/lib/api/types';

export const FOUND_AT_MOST = 10;

export function findRegisterOrganisations(q: string) {
  return unwrapAs<Page<PartnerView>>(api.GET('/api/v1/partners', { params: { query: { q, size: FOUND_AT_MOST } } }));
}

export function findRegisterOrganisationsQueryOptions(q: string) {
  return queryOptions({
    queryKey: queryKeys.partnerList({ for: 'partnership', q }),
    queryFn: () => findRegisterOrganisations(q),
    enabled: q !== '',
    // The last matches stay listed while the next ones load, so the list does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useRegisterOrganisations(q: string) {
  return useQuery(findRegisterOrganisationsQueryOptions(q));
}
