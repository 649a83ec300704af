/** PUT /partner-searches/{id} with If-Match; closing a search is saving it with status CLOSED. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerSearchRequest, PartnerSearchView } from '@/lib/api/types';
import { invalidatePartnerSearches } from './invalidate-partner-searches';

export interface UpdatePartnerSearchInput {
  id: string;
  version: number;
  body: PartnerSearchRequest;
}

export function updatePartnerSearch({ id, version, body }: UpdatePartnerSearchInput) {
  return unwrapAs<PartnerSearchView>(api.PUT('/api/v1/partner-searches/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdatePartnerSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnerSearch,
    onSuccess: (search, { id }) => {
      if (search) queryClient.setQueryData(queryKeys.partnerSearch(id), search);
      return invalidatePartnerSearches(queryClient);
    },
  });
}
