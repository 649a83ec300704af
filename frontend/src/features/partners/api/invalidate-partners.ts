/** What a change of the register makes stale: its lists, organisations, networks and their history. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidatePartners(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.partners }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history }),
  ]);
}
