/** GET /calls as the call choices of a search, latest deadline first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, type CallView, type Page } from '@/lib/api/types';

export interface Choice {
  id: string;
  label: string;
}

export async function getCallChoices(): Promise<Choice[]> {
  const page = await unwrapAs<Page<CallView>>(api.GET('/api/v1/calls', { params: { query: { size: MAX_PAGE_SIZE, sort: '-closesAt' } } }));
  return page.items.map((call) => ({ id: call.id, label: `${call.identifier}: ${call.title}` }));
}

export function getCallChoicesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.callOptions({ for: 'partner-searches' }), queryFn: getCallChoices, staleTime: 60_000 });
}

export function useCallChoices() {
  return useQuery(getCallChoicesQueryOptions());
}
