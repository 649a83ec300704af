/** GET /applications/{id}/partners: the organisations a budget may plan for, with their names. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { PARTNER_ROLES, type PartnerMemberView } from '@/lib/api/types';

export async function getBudgetPartners(applicationId: string) {
  const members = await unwrapAs<PartnerMemberView[]>(api.GET('/api/v1/applications/{applicationId}/partners', { params: { path: { applicationId } } }));
  return [...members].sort((a, b) => PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role));
}

export function useBudgetPartners(applicationId: string) {
  return useQuery({ queryKey: queryKeys.applicationPartners(applicationId), queryFn: () => getBudgetPartners(applicationId) });
}
