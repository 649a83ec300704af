/** GET /partners/networks: the networks of the register with how many organisations take part in each. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { NetworkView } from '@/lib/api/types';

export function getNetworks() {
  return unwrapAs<NetworkView[]>(api.GET('/api/v1/partners/networks'));
}

export function getNetworksQueryOptions() {
  return queryOptions({ queryKey: queryKeys.partnerNetworks, queryFn: getNetworks, staleTime: 60_000 });
}

export function useNetworks() {
  return useQuery(getNetworksQueryOptions());
}
