/** POST /contact-persons/{id}/erasure (admin): anonymises a person irreversibly. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ContactPersonView } from '@/lib/api/types';
import { invalidateContacts } from './invalidate-contacts';

export function eraseContact(id: string) {
  return unwrapAs<ContactPersonView>(api.POST('/api/v1/contact-persons/{id}/erasure', { params: { path: { id } } }));
}

export function useEraseContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseContact,
    onSuccess: (contact, id) => {
      if (contact) queryClient.setQueryData(queryKeys.contact(id), contact);
      return invalidateContacts(queryClient);
    },
  });
}
