/**
 * PUT /applications/{id}/partners/{partnerId} with If-Match (the member's version): a new role. Refused
 * with 409 PARTNERSHIP-002 (a second lead partner) or APPLICATION-002 (not a draft), 412 when stale.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { partnershipRefusal, type PartnershipRefusal } from '@/lib/api/partnership-refusal';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerMemberView, PartnerRole } from '@/lib/api/types';

export interface ChangePartnerRoleInput {
  applicationId: string;
  partnerId: string;
  version: number;
  role: PartnerRole;
}

export function changePartnerRole({ applicationId, partnerId, version, role }: ChangePartnerRoleInput) {
  return unwrapAs<PartnerMemberView>(
    api.PUT('/api/v1/applications/{applicationId}/partners/{partnerId}', {
      params: { path: { applicationId, partnerId }, header: ifMatch(version) },
      body: { role },
    }),
  );
}

/** The code of a refusal the panel explains in words: a stale version or one of the partnership's rules. */
export function partnershipChangeRefusal(error: unknown): 'STALE' | PartnershipRefusal | null {
  return isApiError(error, 412) ? 'STALE' : partnershipRefusal(error);
}

export function useChangePartnerRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePartnerRole,
    // Refused or not, the list is read again: after a 412 it holds the new versions.
    onSettled: (_member, _error, { applicationId }) => queryClient.invalidateQueries({ queryKey: queryKeys.applicationPartners(applicationId) }),
  });
}
