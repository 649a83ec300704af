/** POST /applications/{id}/team: add a user by subject (201); 409 TEAM-001 when already on the team. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { TeamMemberView } from '@/lib/api/types';

export const ALREADY_ON_TEAM = 'TEAM-001';

export interface AddTeamMemberInput {
  applicationId: string;
  subject: string;
}

export function addTeamMember({ applicationId, subject }: AddTeamMemberInput) {
  return unwrapAs<TeamMemberView>(
    api.POST('/api/v1/applications/{applicationId}/team', { params: { path: { applicationId } }, body: { subject } }),
  );
}

/** True when adding failed because the person is on the team already. */
export function isAlreadyOnTeam(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.code === ALREADY_ON_TEAM;
}

export function useAddTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addTeamMember,
    // The team and its candidates both change.
    onSettled: (_member, _error, { applicationId }) => queryClient.invalidateQueries({ queryKey: queryKeys.applicationTeam(applicationId) }),
  });
}
