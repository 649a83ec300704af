/** PUT /contact-persons/{id} with If-Match. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ContactPersonRequest, ContactPersonView } from '@/lib/api/types';
import { invalidateContacts } from './invalidate-contacts';

export interface UpdateContactInput {
  id: string;
  version: number;
  body: ContactPersonRequest;
}

export function updateContact({ id, version, body }: UpdateContactInput) {
  return unwrapAs<ContactPersonView>(api.PUT('/api/v1/contact-persons/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (contact, { id }) => {
      if (contact) queryClient.setQueryData(queryKeys.contact(id), contact);
      return invalidateContacts(queryClient);
    },
  });
}
