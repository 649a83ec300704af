/** DELETE /applications/{id}/team/{subject}: take someone off the team (204). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';

export interface RemoveTeamMemberInput {
  applicationId: string;
  subject: string;
}

export async function removeTeamMember({ applicationId, subject }: RemoveTeamMemberInput) {
  await unwrap(api.DELETE('/api/v1/applications/{applicationId}/team/{subject}', { params: { path: { applicationId, subject } } }));
}

export function useRemoveTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeTeamMember,
    // The team and its candidates both change; a 404 means someone else removed the person first.
    onSettled: (_result, _error, { applicationId }) => queryClient.invalidateQueries({ queryKey: queryKeys.applicationTeam(applicationId) }),
  });
}
