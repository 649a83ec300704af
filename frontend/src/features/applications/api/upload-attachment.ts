/**
 * POST /applications/{id}/attachments?fileName=: the raw file as the body.
 * 413 ATTACHMENT-001 too large, 415 ATTACHMENT-002 type not allowed, 409 ATTACHMENT-003 not a draft.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { AttachmentView } from '@/lib/api/types';

/** The server's limit, for the hint; the server decides. */
export const MAX_ATTACHMENT_MB = 20;

export interface UploadAttachmentInput {
  applicationId: string;
  file: File;
}

export function uploadAttachment({ applicationId, file }: UploadAttachmentInput) {
  return unwrapAs<AttachmentView>(
    api.POST('/api/v1/applications/{applicationId}/attachments', {
      params: { path: { applicationId }, query: { fileName: file.name } },
      // The file itself is the body, sent as it is.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );
}

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (_attachment, { applicationId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.applicationAttachments(applicationId) }),
  });
}
