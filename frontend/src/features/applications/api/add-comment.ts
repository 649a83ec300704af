/** POST /applications/{id}/comments: a comment, or an internal note (advisors only; 403 COMMENT-001 otherwise). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CommentRequest, CommentView } from '@/lib/api/types';

export interface AddCommentInput {
  applicationId: string;
  body: CommentRequest;
}

export function addComment({ applicationId, body }: AddCommentInput) {
  return unwrapAs<CommentView>(api.POST('/api/v1/applications/{applicationId}/comments', { params: { path: { applicationId } }, body }));
}

export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addComment,
    onSuccess: (_comment, { applicationId }) => queryClient.invalidateQueries({ queryKey: queryKeys.applicationComments(applicationId) }),
  });
}
