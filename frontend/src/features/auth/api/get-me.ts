/** GET /me: who the signed-in user is, with roles and units. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Me } from '@/lib/api/types';

export function getMe() {
  return unwrapAs<Me>(api.GET('/api/v1/me'));
}

export function getMeQueryOptions() {
  return queryOptions({ queryKey: queryKeys.me, queryFn: getMe, staleTime: 5 * 60_000 });
}

export function useMeQuery(enabled: boolean) {
  return useQuery({ ...getMeQueryOptions(), enabled });
}
