/** PUT /ideas/{id} with If-Match. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { IdeaRequest, IdeaView } from '@/lib/api/types';
import { invalidateIdeas } from './invalidate-ideas';

export interface UpdateIdeaInput {
  id: string;
  version: number;
  body: IdeaRequest;
}

export function updateIdea({ id, version, body }: UpdateIdeaInput) {
  return unwrapAs<IdeaView>(api.PUT('/api/v1/ideas/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdateIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIdea,
    onSuccess: (idea, { id }) => {
      if (idea) queryClient.setQueryData(queryKeys.idea(id), idea);
      return invalidateIdeas(queryClient);
    },
  });
}
