/** GET /partner-searches: a page of the searches of the caller's units (every unit for the International Office and auditors). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type Page, type PartnerSearchView, type SearchStatus } from '@/lib/api/types';

export interface PartnerSearchListParams {
  page?: number;
  size?: number;
  /** createdAt, title or interestDeadline, "-" for descending; newest first when not given. */
  sort?: string;
  unitId?: string;
  status?: SearchStatus;
  applicationId?: string;
}

export function getPartnerSearches(params: PartnerSearchListParams) {
  return unwrapAs<Page<PartnerSearchView>>(api.GET('/api/v1/partner-searches', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getPartnerSearchesQueryOptions(params: PartnerSearchListParams) {
  return queryOptions({
    queryKey: queryKeys.partnerSearchList(params),
    queryFn: () => getPartnerSearches(params),
    placeholderData: keepPreviousData,
  });
}

export function usePartnerSearches(params: PartnerSearchListParams) {
  return useQuery(getPartnerSearchesQueryOptions(params));
}
