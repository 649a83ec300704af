/** GET /partner-searches?applicationId=: the partner searches posted for the application. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type Page, type PartnerSearchView } from '@/lib/api/types';

export async function getApplicationSearches(applicationId: string) {
  const page = await unwrapAs<Page<PartnerSearchView>>(api.GET('/api/v1/partner-searches', { params: { query: { applicationId, size: MAX_PAGE_SIZE } } }));
  return page.items;
}

export function getApplicationSearchesQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.partnerSearchList({ applicationId }), queryFn: () => getApplicationSearches(applicationId) });
}

export function useApplicationSearches(applicationId: string) {
  return useQuery(getApplicationSearchesQueryOptions(applicationId));
}
