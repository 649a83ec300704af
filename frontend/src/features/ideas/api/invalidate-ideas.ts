/** What a change of ideas makes stale, the screening rate included (its key is under "ideas"). */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidateIdeas(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.ideas }),
    queryClient.invalidateQueries({ queryKey: queryKeys.history }),
  ]);
}
