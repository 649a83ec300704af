/** A project's lifecycle (advisors): close, archive, state aid; its documents purged after the retention date (admins), and the file log. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { components } from '@/lib/api/schema';
import type { ProjectView } from '@/lib/api/types';

export type ProjectAction = components['schemas']['ProjectAction'];

export function useProjectStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ project, action }: { project: ProjectView; action: ProjectAction }) =>
      unwrapAs<ProjectView>(
        api.POST('/api/v1/projects/{id}/transitions', {
          params: { path: { id: project.id }, header: ifMatch(project.version) },
          body: { action },
        }),
      ),
    onSuccess: (updated) => queryClient.setQueryData(queryKeys.project(updated.id), updated),
  });
}

export function useStateAid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ project, stateAid }: { project: ProjectView; stateAid: boolean }) =>
      unwrapAs<ProjectView>(
        api.PUT('/api/v1/projects/{id}/state-aid', {
          params: { path: { id: project.id }, header: ifMatch(project.version) },
          body: { stateAid },
        }),
      ),
    onSuccess: (updated) => queryClient.setQueryData(queryKeys.project(updated.id), updated),
  });
}

/** Admins, on an archived project past its retention date; the file log keeps each purged file. */
export function useDeleteDocuments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) => unwrapAs<void>(api.DELETE('/api/v1/projects/{id}/documents', { params: { path: { id: projectId } } })),
    onSuccess: (_, projectId) => queryClient.invalidateQueries({ queryKey: queryKeys.projectFileLog(projectId) }),
  });
}

export type FileLogEntry = components['schemas']['FileLogEntry'];

/** Every upload and removal of the project's attachments and evidence (advisors, auditors, admins). */
export function useFileLog(projectId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.projectFileLog(projectId),
      queryFn: () => unwrapAs<FileLogEntry[]>(api.GET('/api/v1/projects/{id}/file-log', { params: { path: { id: projectId } } })),
      enabled,
    }),
  );
}
