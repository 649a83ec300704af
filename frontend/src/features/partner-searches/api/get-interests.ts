/** GET /partner-searches/{id}/interests: the expressions of interest, in the order received (late ones marked). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { InterestView } from '@/lib/api/types';

export function getInterests(searchId: string) {
  return unwrapAs<InterestView[]>(api.GET('/api/v1/partner-searches/{id}/interests', { params: { path: { id: searchId } } }));
}

export function getInterestsQueryOptions(searchId: string) {
  return queryOptions({ queryKey: queryKeys.partnerSearchInterests(searchId), queryFn: () => getInterests(searchId) });
}

export function useInterests(searchId: string) {
  return useQuery(getInterestsQueryOptions(searchId));
}
