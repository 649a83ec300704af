/** DELETE /applications/{id}/attachments/{attachmentId}: removes an annex from a draft (409 ATTACHMENT-003 otherwise). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';

export interface DeleteAttachmentInput {
  applicationId: string;
  attachmentId: string;
}

export async function deleteAttachment({ applicationId, attachmentId }: DeleteAttachmentInput) {
  await unwrap(api.DELETE('/api/v1/applications/{applicationId}/attachments/{attachmentId}', { params: { path: { applicationId, attachmentId } } }));
}

export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (_result, { applicationId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.applicationAttachments(applicationId) }),
  });
}
