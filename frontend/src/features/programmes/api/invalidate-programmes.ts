/** What a change of programmes makes stale: calls show the programme's name and rules too. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidateProgrammes(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.programmes }),
    queryClient.invalidateQueries({ queryKey: queryKeys.calls }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history }),
  ]);
}
