/** DELETE /partner-searches/{id} with If-Match: the search goes with its expressions of interest. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidatePartnerSearches } from './invalidate-partner-searches';

export function deletePartnerSearch({ id, version }: { id: string; version: number }) {
  return unwrap(api.DELETE('/api/v1/partner-searches/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

export function useDeletePartnerSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePartnerSearch,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.partnerSearch(id) });
      return invalidatePartnerSearches(queryClient);
    },
  });
}
