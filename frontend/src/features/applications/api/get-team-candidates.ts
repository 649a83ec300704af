/**
 * GET /applications/{id}/team/candidates: users of the unit or the International Office not on the
 * team yet (only those who have signed in at least once); applicants, coordinators and advisors only.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { TeamCandidateView } from '@/lib/api/types';

export function getTeamCandidates(applicationId: string) {
  return unwrapAs<TeamCandidateView[]>(
    api.GET('/api/v1/applications/{applicationId}/team/candidates', { params: { path: { applicationId } } }),
  );
}

export function getTeamCandidatesQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationTeamCandidates(applicationId), queryFn: () => getTeamCandidates(applicationId) });
}

export function useTeamCandidates(applicationId: string) {
  return useQuery(getTeamCandidatesQueryOptions(applicationId));
}
