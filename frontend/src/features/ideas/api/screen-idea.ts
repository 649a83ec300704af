/** PUT /ideas/{id}/screening with If-Match (the idea's version): records or replaces the screening. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { IdeaView, ScreeningRequest } from '@/lib/api/types';
import { invalidateIdeas } from './invalidate-ideas';

export interface ScreenIdeaInput {
  id: string;
  version: number;
  body: ScreeningRequest;
}

export function screenIdea({ id, version, body }: ScreenIdeaInput) {
  return unwrapAs<IdeaView>(api.PUT('/api/v1/ideas/{id}/screening', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useScreenIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: screenIdea,
    onSuccess: (idea, { id }) => {
      if (idea) queryClient.setQueryData(queryKeys.idea(id), idea);
      return invalidateIdeas(queryClient);
    },
  });
}
