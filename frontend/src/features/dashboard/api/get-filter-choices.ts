/** GET /units and GET /programmes as the portfolio filter's choices (a coordinator's own units only). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type Page, type ProgrammeView, type UnitView } from '@/lib/api/types';

export interface Choice {
  value: string;
  label: string;
}

export async function getFilterChoices(): Promise<{ units: Choice[]; programmes: Choice[] }> {
  const [units, programmes] = await Promise.all([
    unwrapAs<Page<UnitView>>(api.GET('/api/v1/units', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } })),
    unwrapAs<Page<ProgrammeView>>(api.GET('/api/v1/programmes', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } })),
  ]);
  return {
    units: units.items.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` })),
    programmes: programmes.items.map((programme) => ({ value: programme.id, label: `${programme.name} (${programme.code})` })),
  };
}

export function getFilterChoicesQueryOptions() {
  return queryOptions({ queryKey: [...queryKeys.unitOptions, 'dashboard'], queryFn: getFilterChoices, staleTime: 60_000 });
}

export function useFilterChoices() {
  return useQuery(getFilterChoicesQueryOptions());
}
