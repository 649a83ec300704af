/** GET /programmes as choices for the call form and filter, with each programme's rules (a call may only narrow them). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type Page, type ProgrammeView } from '@/lib/api/types';

export type ProgrammeOption = Pick<ProgrammeView, 'id' | 'code' | 'name' | 'fund' | 'rules'>;

export async function getProgrammeOptions(): Promise<ProgrammeOption[]> {
  const page = await unwrapAs<Page<ProgrammeView>>(api.GET('/api/v1/programmes', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } }));
  return page.items.map(({ id, code, name, fund, rules }) => ({ id, code, name, fund, rules }));
}

export function getProgrammeOptionsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.programmeOptions, queryFn: getProgrammeOptions, staleTime: 60_000 });
}

export function useProgrammeOptions() {
  return useQuery(getProgrammeOptionsQueryOptions());
}
