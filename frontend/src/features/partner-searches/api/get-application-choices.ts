/** GET /applications?unitId=: the unit's applications, as choices for a search and for adding a partner (drafts only take partners). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type ApplicationStatus, type ApplicationListItem, type Page } from '@/lib/api/types';

export interface ApplicationChoice {
  id: string;
  title: string;
  acronym: string | null;
  status: ApplicationStatus;
  callId: string | null;
}

export async function getApplicationChoices(unitId: string): Promise<ApplicationChoice[]> {
  const page = await unwrapAs<Page<ApplicationListItem>>(api.GET('/api/v1/applications', { params: { query: { size: MAX_PAGE_SIZE, unitId, sort: 'title' } } }));
  return page.items.map(({ id, title, acronym, status, callId }) => ({ id, title, acronym, status, callId }));
}

export function getApplicationChoicesQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: queryKeys.applicationList({ for: 'partner-searches', unitId }),
    queryFn: () => getApplicationChoices(unitId),
    enabled: unitId !== '',
    staleTime: 30_000,
  });
}

export function useApplicationChoices(unitId: string) {
  return useQuery(getApplicationChoicesQueryOptions(unitId));
}
