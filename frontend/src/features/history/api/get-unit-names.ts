/** GET /units as an id → name map, so the history can name the units that unitId/parentId changes point at. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type Page, type UnitView } from '@/lib/api/types';

export async function getUnitNames(): Promise<Record<string, string>> {
  const page = await unwrapAs<Page<UnitView>>(api.GET('/api/v1/units', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } }));
  return Object.fromEntries(page.items.map((unit) => [unit.id, `${unit.name} (${unit.code})`]));
}

export function getUnitNamesQueryOptions() {
  return queryOptions({ queryKey: [...queryKeys.unitOptions, 'names'], queryFn: getUnitNames, staleTime: 60_000 });
}

export function useUnitNames() {
  return useQuery(getUnitNamesQueryOptions());
}
