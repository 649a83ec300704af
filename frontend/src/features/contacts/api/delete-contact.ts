/** DELETE /contact-persons/{id} with If-Match. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidateContacts } from './invalidate-contacts';

export function deleteContact({ id, version }: { id: string; version: number }) {
  return unwrap(api.DELETE('/api/v1/contact-persons/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.contact(id) });
      return invalidateContacts(queryClient);
    },
  });
}
