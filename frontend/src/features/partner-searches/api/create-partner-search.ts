/** POST /partner-searches: a search for one of the caller's units. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { PartnerSearchRequest } from '@/lib/api/types';
import { invalidatePartnerSearches } from './invalidate-partner-searches';

/** Resolves to the new search's id. */
export async function createPartnerSearch(body: PartnerSearchRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/partner-searches', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreatePartnerSearch() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPartnerSearch, onSuccess: () => invalidatePartnerSearches(queryClient) });
}
