/** GET /projects/{id} and its application's partnership: the names a report's lines are claimed for. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ProjectView } from '@/lib/api/types';

export function getReportProject(id: string) {
  return unwrapAs<ProjectView>(api.GET('/api/v1/projects/{id}', { params: { path: { id } } }));
}

export function useReportProject(id: string) {
  return useQuery({ queryKey: queryKeys.project(id), queryFn: () => getReportProject(id) });
}

/** The names a report's lines are claimed for: the project's application's partnership (lib/api/shared-reads). */
export { getPartnership as getPartners, usePartnership as usePartners } from '@/lib/api/shared-reads';
