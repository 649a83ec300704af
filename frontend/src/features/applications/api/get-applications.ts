/** GET /applications: a page of applications (applicants and coordinators: their own units'), searched, filtered (unit, call, programme, status, call deadline) and sorted. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type ApplicationStatus, type ApplicationListItem, type Page } from '@/lib/api/types';

export interface ApplicationListParams {
  page?: number;
  size?: number;
  /** title, status, createdAt, unitName, submittedOn or callClosesAt, "-" for descending; newest first when not given. */
  sort?: string;
  q?: string;
  unitId?: string;
  callId?: string;
  programmeId?: string;
  status?: ApplicationStatus;
  /** Only applications whose call closes before this instant (ISO date-time with offset). */
  callClosesBefore?: string;
}

export function getApplications(params: ApplicationListParams) {
  return unwrapAs<Page<ApplicationListItem>>(api.GET('/api/v1/applications', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getApplicationsQueryOptions(params: ApplicationListParams) {
  return queryOptions({
    queryKey: queryKeys.applicationList(params),
    queryFn: () => getApplications(params),
    placeholderData: keepPreviousData,
  });
}

export function useApplications(params: ApplicationListParams) {
  return useQuery(getApplicationsQueryOptions(params));
}
