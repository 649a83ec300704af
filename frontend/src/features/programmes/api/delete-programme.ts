/** DELETE /programmes/{id} with If-Match; 409 while the programme has calls. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidateProgrammes } from './invalidate-programmes';

export function deleteProgramme({ id, version }: { id: string; version: number }) {
  return unwrap(api.DELETE('/api/v1/programmes/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

export function useDeleteProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProgramme,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.programme(id) });
      return invalidateProgrammes(queryClient);
    },
  });
}
