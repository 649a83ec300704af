/** What a change of calls makes stale: an import may also have created programmes. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidateCalls(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.calls }),
    queryClient.invalidateQueries({ queryKey: queryKeys.programmes }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history }),
  ]);
}
