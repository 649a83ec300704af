/** GET /projects: a page of projects (applicants and coordinators: their own units'), filtered by unit and status. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { DEFAULT_PAGE_SIZE, type Page, type ProjectStatus, type ProjectView } from '@/lib/api/types';

export interface ProjectListParams {
  page?: number;
  unitId?: string;
  status?: ProjectStatus;
}

export function getProjects(params: ProjectListParams) {
  return unwrapAs<Page<ProjectView>>(api.GET('/api/v1/projects', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }));
}

export function useProjects(params: ProjectListParams) {
  return useQuery(
    queryOptions({ queryKey: queryKeys.projectList(params), queryFn: () => getProjects(params), placeholderData: keepPreviousData }),
  );
}
