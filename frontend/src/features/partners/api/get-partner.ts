/** GET /partners/{id}: one organisation of the register, with its version for If-Match. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerView } from '@/lib/api/types';

export function getPartner(id: string) {
  return unwrapAs<PartnerView>(api.GET('/api/v1/partners/{id}', { params: { path: { id } } }));
}

export function getPartnerQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.partner(id), queryFn: () => getPartner(id), enabled: id !== '' });
}

export function usePartner(id: string) {
  return useQuery(getPartnerQueryOptions(id));
}
