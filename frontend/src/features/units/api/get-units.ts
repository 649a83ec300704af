/** GET /units: a page of units, searched, filtered and sorted. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type Page, type UnitType, type UnitView } from '@/lib/api/types';

export interface UnitListParams {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  type?: UnitType;
  active?: boolean;
}

export function getUnits(params: UnitListParams) {
  return unwrapAs<Page<UnitView>>(api.GET('/api/v1/units', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function getUnitsQueryOptions(params: UnitListParams) {
  return queryOptions({
    queryKey: queryKeys.unitList(params),
    queryFn: () => getUnits(params),
    placeholderData: keepPreviousData,
  });
}

export function useUnits(params: UnitListParams) {
  return useQuery(getUnitsQueryOptions(params));
}
