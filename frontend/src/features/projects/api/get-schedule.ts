/** GET /projects/{id}/schedule: the reporting periods with their deadlines and reports, what is due next and the final report. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ScheduleView } from '@/lib/api/types';

export function getSchedule(projectId: string) {
  return unwrapAs<ScheduleView>(api.GET('/api/v1/projects/{projectId}/schedule', { params: { path: { projectId } } }));
}

export function getScheduleQueryOptions(projectId: string) {
  return queryOptions({ queryKey: queryKeys.projectSchedule(projectId), queryFn: () => getSchedule(projectId) });
}

export function useSchedule(projectId: string) {
  return useQuery(getScheduleQueryOptions(projectId));
}
