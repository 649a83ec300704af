/** GET /ideas/screening-rate?year= (coordinator, advisor, auditor, admin): screened ideas per unit; the server computes the rates. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ScreeningRateView } from '@/lib/api/types';

export function getScreeningRate(year: number) {
  return unwrapAs<ScreeningRateView>(api.GET('/api/v1/ideas/screening-rate', { params: { query: { year } } }));
}

export function getScreeningRateQueryOptions(year: number) {
  return queryOptions({ queryKey: queryKeys.screeningRate(year), queryFn: () => getScreeningRate(year) });
}

export function useScreeningRate(year: number) {
  return useQuery(getScreeningRateQueryOptions(year));
}
