/** GET /partners: a page of the register, searched in full text (ranked by relevance), filtered and sorted. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type OrganisationType, type Page, type PartnerView } from '@/lib/api/types';

/** The register's filters, shared by the list and the CSV export. */
export interface PartnerFilterParams {
  q?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  type?: OrganisationType;
  network?: string;
  twinTown?: boolean;
  expertise?: string;
}

export interface PartnerListParams extends PartnerFilterParams {
  page?: number;
  size?: number;
  /** legalName, country, type or projectsCount, "-" for descending; by relevance when q is given, else by name. */
  sort?: string;
}

export function getPartners(params: PartnerListParams) {
  return unwrapAs<Page<PartnerView>>(api.GET('/api/v1/partners', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getPartnersQueryOptions(params: PartnerListParams) {
  return queryOptions({
    queryKey: queryKeys.partnerList(params),
    queryFn: () => getPartners(params),
    placeholderData: keepPreviousData,
  });
}

export function usePartners(params: PartnerListParams) {
  return useQuery(getPartnersQueryOptions(params));
}
