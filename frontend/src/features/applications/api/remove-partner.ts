/** DELETE /applications/{id}/partners/{partnerId}: take an organisation out of a draft's partnership (204). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';

export interface RemovePartnerInput {
  applicationId: string;
  partnerId: string;
}

export async function removePartner({ applicationId, partnerId }: RemovePartnerInput) {
  await unwrap(api.DELETE('/api/v1/applications/{applicationId}/partners/{partnerId}', { params: { path: { applicationId, partnerId } } }));
}

export function useRemovePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePartner,
    onSettled: (_result, _error, { applicationId }) => queryClient.invalidateQueries({ queryKey: queryKeys.applicationPartners(applicationId) }),
  });
}
