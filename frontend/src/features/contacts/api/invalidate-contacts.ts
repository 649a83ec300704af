/** What a change of contact persons makes stale. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidateContacts(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
    queryClient.invalidateQueries({ queryKey: queryKeys.coverage }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history }),
  ]);
}
