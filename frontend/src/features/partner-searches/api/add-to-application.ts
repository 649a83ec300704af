/**
 * POST /applications/{id}/partners: a matching organisation into an application's partnership, noting
 * the search it was found through. Refused with 409 APPLICATION-002 (not a draft), PARTNERSHIP-001
 * (already in), PARTNERSHIP-002 (a second lead partner) or PARTNERSHIP-003 (the call's maximum reached).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerMemberView, PartnerRole } from '@/lib/api/types';
import { invalidatePartnerSearches } from './invalidate-partner-searches';

export interface AddToApplicationInput {
  applicationId: string;
  organisationId: string;
  role: PartnerRole;
  searchId: string;
}

export function addToApplication({ applicationId, ...body }: AddToApplicationInput) {
  return unwrapAs<PartnerMemberView>(api.POST('/api/v1/applications/{applicationId}/partners', { params: { path: { applicationId } }, body }));
}

export function useAddToApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addToApplication,
    onSuccess: (_member, { applicationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.applicationPartners(applicationId) }),
        // Earlier cooperation now counts in the ranking and in the organisation's history.
        invalidatePartnerSearches(queryClient),
      ]),
  });
}
