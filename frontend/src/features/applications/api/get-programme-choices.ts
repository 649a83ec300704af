/** GET /programmes as the programme choices of the application filter. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type Page, type ProgrammeView } from '@/lib/api/types';

export interface Choice {
  id: string;
  label: string;
}

export async function getProgrammeChoices(): Promise<Choice[]> {
  const page = await unwrapAs<Page<ProgrammeView>>(api.GET('/api/v1/programmes', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } }));
  return page.items.map((programme) => ({ id: programme.id, label: `${programme.name} (${programme.code})` }));
}

export function getProgrammeChoicesQueryOptions() {
  return queryOptions({ queryKey: [...queryKeys.programmeOptions, 'applications'], queryFn: getProgrammeChoices, staleTime: 60_000 });
}

export function useProgrammeChoices() {
  return useQuery(getProgrammeChoicesQueryOptions());
}
