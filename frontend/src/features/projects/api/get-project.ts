/** GET /projects/{id}: one project with its unit, period and granted amount. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ProjectView } from '@/lib/api/types';

export function getProject(id: string) {
  return unwrapAs<ProjectView>(api.GET('/api/v1/projects/{id}', { params: { path: { id } } }));
}

export function useProject(id: string) {
  return useQuery(queryOptions({ queryKey: queryKeys.project(id), queryFn: () => getProject(id) }));
}
