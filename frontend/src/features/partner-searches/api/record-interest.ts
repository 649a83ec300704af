/** POST /partner-searches/{id}/interests: an organisation's expression of interest; 409 SEARCH-001 (search closed) or SEARCH-002 (already recorded). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import type { InterestRequest, InterestView } from '@/lib/api/types';
import { invalidatePartnerSearches } from './invalidate-partner-searches';

export const SEARCH_CLOSED = 'SEARCH-001';
export const INTEREST_ALREADY_RECORDED = 'SEARCH-002';

export interface RecordInterestInput {
  searchId: string;
  body: InterestRequest;
}

export function recordInterest({ searchId, body }: RecordInterestInput) {
  return unwrapAs<InterestView>(api.POST('/api/v1/partner-searches/{id}/interests', { params: { path: { id: searchId } }, body }));
}

/** The code of a refusal this feature explains in words, if it is one. */
export function interestRefusal(error: unknown): typeof SEARCH_CLOSED | typeof INTEREST_ALREADY_RECORDED | null {
  if (!isApiError(error, 409)) return null;
  const code = error.problem.code;
  return code === SEARCH_CLOSED || code === INTEREST_ALREADY_RECORDED ? code : null;
}

export function useRecordInterest() {
  const queryClient = useQueryClient();
  // The interests, the search's count, the matches' ranking and the organisation's cooperation all change.
  return useMutation({ mutationFn: recordInterest, onSuccess: () => invalidatePartnerSearches(queryClient) });
}
