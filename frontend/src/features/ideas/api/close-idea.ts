/** POST /ideas/{id}/close with If-Match; 409 with code IDEA-001 while the idea is not screened. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { IdeaView } from '@/lib/api/types';
import { invalidateIdeas } from './invalidate-ideas';

export const NOT_SCREENED = 'IDEA-001';

export function closeIdea({ id, version }: { id: string; version: number }) {
  return unwrapAs<IdeaView>(api.POST('/api/v1/ideas/{id}/close', { params: { path: { id }, header: ifMatch(version) } }));
}

/** True when closing failed because the idea has not been screened. */
export function isNotScreened(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.code === NOT_SCREENED;
}

export function useCloseIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeIdea,
    onSuccess: (idea, { id }) => {
      if (idea) queryClient.setQueryData(queryKeys.idea(id), idea);
      return invalidateIdeas(queryClient);
    },
  });
}
