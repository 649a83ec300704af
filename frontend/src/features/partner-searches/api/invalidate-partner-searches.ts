/** What a change of a search or its interests makes stale: the searches (lists, detail, matches, interests) and the register's cooperation views. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidatePartnerSearches(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.partnerSearches }),
    queryClient.invalidateQueries({ queryKey: queryKeys.partners }),
  ]);
}
