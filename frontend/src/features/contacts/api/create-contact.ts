/** POST /contact-persons (coordinator for own units, advisor, admin). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { ContactPersonRequest } from '@/lib/api/types';
import { invalidateContacts } from './invalidate-contacts';

/** Resolves to the new contact person's id. */
export async function createContact(body: ContactPersonRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/contact-persons', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createContact, onSuccess: () => invalidateContacts(queryClient) });
}
