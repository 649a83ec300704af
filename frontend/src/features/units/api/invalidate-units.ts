/** What a change of units makes stale. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidateUnits(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.units }),
    queryClient.invalidateQueries({ queryKey: queryKeys.unitOptions }),
    queryClient.invalidateQueries({ queryKey: queryKeys.coverage }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history }),
    queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
  ]);
}
