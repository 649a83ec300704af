/** GET /contact-persons: a page of contact persons, searched, filtered and sorted. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type ContactPersonView, type ContactRole, type Page } from '@/lib/api/types';

export interface ContactListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  unitId?: string;
  role?: ContactRole;
  active?: boolean;
}

export function getContacts(params: ContactListParams) {
  return unwrapAs<Page<ContactPersonView>>(api.GET('/api/v1/contact-persons', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getContactsQueryOptions(params: ContactListParams) {
  return queryOptions({
    queryKey: queryKeys.contactList(params),
    queryFn: () => getContacts(params),
    placeholderData: keepPreviousData,
  });
}

export function useContacts(params: ContactListParams) {
  return useQuery(getContactsQueryOptions(params));
}
