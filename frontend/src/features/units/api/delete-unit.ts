/** DELETE /units/{id} with If-Match (admin); 409 while it has contact persons or child units. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidateUnits } from './invalidate-units';

export function deleteUnit({ id, version }: { id: string; version: number }) {
  return unwrap(api.DELETE('/api/v1/units/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.unit(id) });
      return invalidateUnits(queryClient);
    },
  });
}
