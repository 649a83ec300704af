/** PUT /projects/{id}/periods/{number} with If-Match (the period's version): advisors move a report deadline (400 REPORT-012 before the period ends). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ScheduleView } from '@/lib/api/types';

export interface MoveDeadlineInput {
  projectId: string;
  number: number;
  version: number;
  reportDue: string;
}

export function moveDeadline({ projectId, number, version, reportDue }: MoveDeadlineInput) {
  return unwrapAs<ScheduleView>(
    api.PUT('/api/v1/projects/{projectId}/periods/{number}', {
      params: { path: { projectId, number }, header: ifMatch(version) },
      body: { reportDue },
    }),
  );
}

export function useMoveDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveDeadline,
    onSuccess: (schedule, { projectId }) => {
      if (schedule) queryClient.setQueryData(queryKeys.projectSchedule(projectId), schedule);
      return queryClient.invalidateQueries({ queryKey: queryKeys.projectSchedule(projectId) });
    },
  });
}
