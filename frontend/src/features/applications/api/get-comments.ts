/** GET /applications/{id}/comments: the thread, oldest first (internal notes only for the International Office). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CommentView } from '@/lib/api/types';

export function getComments(applicationId: string) {
  return unwrapAs<CommentView[]>(api.GET('/api/v1/applications/{applicationId}/comments', { params: { path: { applicationId } } }));
}

export function getCommentsQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationComments(applicationId), queryFn: () => getComments(applicationId) });
}

export function useComments(applicationId: string) {
  return useQuery(getCommentsQueryOptions(applicationId));
}
