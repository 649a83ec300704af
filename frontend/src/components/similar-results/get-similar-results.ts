import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ResultListItem } from '@/lib/api/types';

/** The past projects closest to an idea or an application (at most five, the closest first). */
export function useSimilarResults(kind: 'ideas' | 'applications', id: string) {
  return useQuery({
    queryKey: queryKeys.similarResults(kind, id),
    queryFn: () =>
      unwrapAs<ResultListItem[]>(
        api.GET('/api/v1/results/similar', { params: { query: kind === 'ideas' ? { ideaId: id } : { applicationId: id } } }),
      ),
    staleTime: 60_000,
  });
}
