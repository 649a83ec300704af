/** DELETE /partner-searches/{id}/interests/{interestId}: an expression of interest recorded by mistake. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { invalidatePartnerSearches } from './invalidate-partner-searches';

export interface RemoveInterestInput {
  searchId: string;
  interestId: string;
}

export async function removeInterest({ searchId, interestId }: RemoveInterestInput) {
  await unwrap(api.DELETE('/api/v1/partner-searches/{id}/interests/{interestId}', { params: { path: { id: searchId, interestId } } }));
}

export function useRemoveInterest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeInterest, onSettled: () => invalidatePartnerSearches(queryClient) });
}
