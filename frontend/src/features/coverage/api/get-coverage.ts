/** GET /units/coordinator-coverage: how many active units have an international coordinator. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CoordinatorCoverage } from '@/lib/api/types';

export function getCoverage() {
  return unwrapAs<CoordinatorCoverage>(api.GET('/api/v1/units/coordinator-coverage'));
}

export function getCoverageQueryOptions() {
  return queryOptions({ queryKey: queryKeys.coverage, queryFn: getCoverage });
}

export function useCoverage() {
  return useQuery(getCoverageQueryOptions());
}
