/** GET /applications/{id}/attachments: the annexes with who uploaded each and when. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { AttachmentView } from '@/lib/api/types';

export function getAttachments(applicationId: string) {
  return unwrapAs<AttachmentView[]>(api.GET('/api/v1/applications/{applicationId}/attachments', { params: { path: { applicationId } } }));
}

export function getAttachmentsQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationAttachments(applicationId), queryFn: () => getAttachments(applicationId) });
}

export function useAttachments(applicationId: string) {
  return useQuery(getAttachmentsQueryOptions(applicationId));
}
