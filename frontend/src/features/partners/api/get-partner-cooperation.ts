/**
 * GET /partners/{id}/cooperation: the organisation's applications and partner searches with the
 * municipality (within the caller's units) and its EU projects from imported sources such as CORDIS.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CooperationView } from '@/lib/api/types';

export function getPartnerCooperation(id: string) {
  return unwrapAs<CooperationView>(api.GET('/api/v1/partners/{id}/cooperation', { params: { path: { id } } }));
}

export function getPartnerCooperationQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.partnerCooperation(id), queryFn: () => getPartnerCooperation(id) });
}

export function usePartnerCooperation(id: string) {
  return useQuery(getPartnerCooperationQueryOptions(id));
}
