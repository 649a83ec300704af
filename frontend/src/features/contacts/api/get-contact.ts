/** GET /contact-persons/{id}: one contact person with its version. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ContactPersonView } from '@/lib/api/types';

export function getContact(id: string) {
  return unwrapAs<ContactPersonView>(api.GET('/api/v1/contact-persons/{id}', { params: { path: { id } } }));
}

export function getContactQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.contact(id), queryFn: () => getContact(id) });
}

export function useContact(id: string) {
  return useQuery(getContactQueryOptions(id));
}
