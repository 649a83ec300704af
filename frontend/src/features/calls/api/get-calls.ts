/** GET /calls: a page of calls, searched in full text, filtered and sorted (closesAt, title, identifier). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type ApplicantType, type CallStatus, type CallView, type Fund, type Page } from '@/lib/api/types';

export interface CallListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  fund?: Fund;
  programmeId?: string[];
  topic?: string;
  /** Without statuses the server lists open and forthcoming calls. */
  status?: CallStatus[];
  applicantType?: ApplicantType;
  closingWithinDays?: number;
}

export function getCalls(params: CallListParams) {
  return unwrapAs<Page<CallView>>(api.GET('/api/v1/calls', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getCallsQueryOptions(params: CallListParams) {
  return queryOptions({
    queryKey: queryKeys.callList(params),
    queryFn: () => getCalls(params),
    placeholderData: keepPreviousData,
  });
}

export function useCalls(params: CallListParams, enabled = true) {
  return useQuery({ ...getCallsQueryOptions(params), enabled });
}
