/** GET /units as choices for the project filter (the caller's units only, for applicants and coordinators). */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type Page, type UnitView } from '@/lib/api/types';

export interface UnitOption {
  id: string;
  code: string;
  name: string;
}

export async function getUnitOptions(): Promise<UnitOption[]> {
  const page = await unwrapAs<Page<UnitView>>(api.GET('/api/v1/units', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } }));
  return page.items.map(({ id, code, name }) => ({ id, code, name }));
}

export function useUnitOptions() {
  return useQuery({ queryKey: queryKeys.unitOptions, queryFn: getUnitOptions, staleTime: 60_000 });
}
