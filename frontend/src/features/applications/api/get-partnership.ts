/** GET /applications/{id}/partners: the partnership, lead partner first, with who added each organisation and when. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { PARTNER_ROLES, type PartnerMemberView } from '@/lib/api/types';

/** Lead partner first, then partners, then associated partners; otherwise in the server's order. */
export function byRole(members: PartnerMemberView[]): PartnerMemberView[] {
  return [...members].sort((a, b) => PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role));
}

export async function getPartnership(applicationId: string) {
  const members = await unwrapAs<PartnerMemberView[]>(api.GET('/api/v1/applications/{applicationId}/partners', { params: { path: { applicationId } } }));
  return byRole(members);
}

export function getPartnershipQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationPartners(applicationId), queryFn: () => getPartnership(applicationId) });
}

export function usePartnership(applicationId: string) {
  return useQuery(getPartnershipQueryOptions(applicationId));
}
