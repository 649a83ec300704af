/** GET /units/{id}: one unit with its version. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { UnitView } from '@/lib/api/types';

export function getUnit(id: string) {
  return unwrapAs<UnitView>(api.GET('/api/v1/units/{id}', { params: { path: { id } } }));
}

export function getUnitQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.unit(id), queryFn: () => getUnit(id) });
}

export function useUnit(id: string) {
  return useQuery(getUnitQueryOptions(id));
}
