/** GET /applications/{id}/team: who works on the application, with who added each and when. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { TeamMemberView } from '@/lib/api/types';

export function getTeam(applicationId: string) {
  return unwrapAs<TeamMemberView[]>(api.GET('/api/v1/applications/{applicationId}/team', { params: { path: { applicationId } } }));
}

export function getTeamQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationTeam(applicationId), queryFn: () => getTeam(applicationId) });
}

export function useTeam(applicationId: string) {
  return useQuery(getTeamQueryOptions(applicationId));
}
