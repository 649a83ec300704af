/** POST /ideas (applicant and coordinator for own units, advisor, admin). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { IdeaRequest } from '@/lib/api/types';
import { invalidateIdeas } from './invalidate-ideas';

/** Resolves to the new idea's id. */
export async function createIdea(body: IdeaRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/ideas', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreateIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createIdea, onSuccess: () => invalidateIdeas(queryClient) });
}
