/**
 * POST /applications/{id}/partners: an organisation of the register into a draft's partnership, chosen
 * directly (no partner search). Refused with 409 APPLICATION-002, PARTNERSHIP-001, -002 or -003
 * (`@/lib/api/partnership-refusal`).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerMemberView, PartnerRole } from '@/lib/api/types';

export interface AddPartnerInput {
  applicationId: string;
  organisationId: string;
  role: PartnerRole;
}

export function addPartner({ applicationId, organisationId, role }: AddPartnerInput) {
  return unwrapAs<PartnerMemberView>(
    api.POST('/api/v1/applications/{applicationId}/partners', { params: { path: { applicationId } }, body: { organisationId, role } }),
  );
}

export function useAddPartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPartner,
    onSuccess: (_member, { applicationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.applicationPartners(applicationId) }),
        // A new partner changes the budget's partners (and its summary on the application page).
        queryClient.invalidateQueries({ queryKey: queryKeys.applicationBudget(applicationId) }),
        // Earlier cooperation counts in partner-search rankings and in the organisation's history.
        queryClient.invalidateQueries({ queryKey: queryKeys.partnerSearches }),
        queryClient.invalidateQueries({ queryKey: queryKeys.partners }),
      ]),
  });
}
