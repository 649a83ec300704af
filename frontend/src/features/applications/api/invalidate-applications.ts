/** What a change of an application makes stale: the lists, its detail, timeline, attachments and comments. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

export async function invalidateApplications(queryClient: QueryClient) {
  await queryClient.invalidateQueries({ queryKey: queryKeys.applications });
}
