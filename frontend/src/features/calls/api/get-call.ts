/** GET /calls/{id}: one call with its own and its effective rules. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CallView } from '@/lib/api/types';

export function getCall(id: string) {
  return unwrapAs<CallView>(api.GET('/api/v1/calls/{id}', { params: { path: { id } } }));
}

export function getCallQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.call(id), queryFn: () => getCall(id) });
}

export function useCall(id: string) {
  return useQuery(getCallQueryOptions(id));
}
