/**
 * GET /applications/{id}/attachments/{attachmentId}: fetched with the bearer token (never in a URL)
 * and saved through a short-lived Blob URL under the stored, safe name.
 */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';

export interface DownloadAttachmentInput {
  applicationId: string;
  attachmentId: string;
  fileName: string;
}

export async function downloadAttachment({ applicationId, attachmentId, fileName }: DownloadAttachmentInput) {
  const blob = await unwrapAs<Blob>(
    api.GET('/api/v1/applications/{applicationId}/attachments/{attachmentId}', {
      params: { path: { applicationId, attachmentId } },
      parseAs: 'blob',
    }),
  );
  saveFile(blob, fileName);
}

export function useDownloadAttachment() {
  return useMutation({ mutationFn: downloadAttachment });
}
