/** DELETE /calls/{id} with If-Match (advisor, admin). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidateCalls } from './invalidate-calls';

export function deleteCall({ id, version }: { id: string; version: number }) {
  return unwrap(api.DELETE('/api/v1/calls/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

export function useDeleteCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCall,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.call(id) });
      return invalidateCalls(queryClient);
    },
  });
}
