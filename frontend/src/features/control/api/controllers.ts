/** A project's controllers: GET /projects/{id}/controllers, the candidates and appointing/removing them (advisors). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, unwrapAs } from '@/lib/api/problem';
import type { ControllerCandidate, ProjectControllerView } from '@/lib/api/types';

const key = (projectId: string) => ['projects', 'controllers', projectId] as const;

export function useControllers(projectId: string) {
  return useQuery({
    queryKey: key(projectId),
    queryFn: () => unwrapAs<ProjectControllerView[]>(api.GET('/api/v1/projects/{projectId}/controllers', { params: { path: { projectId } } })),
  });
}

export function useControllerCandidates(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key(projectId), 'candidates'],
    queryFn: () =>
      unwrapAs<ControllerCandidate[]>(api.GET('/api/v1/projects/{projectId}/controllers/candidates', { params: { path: { projectId } } })),
    enabled,
  });
}

export function useAppointController() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, subject }: { projectId: string; subject: string }) =>
      unwrapAs<ProjectControllerView>(api.POST('/api/v1/projects/{projectId}/controllers', { params: { path: { projectId } }, body: { subject } })),
    onSuccess: (_view, { projectId }) => queryClient.invalidateQueries({ queryKey: key(projectId) }),
  });
}

export function useRemoveController() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, subject }: { projectId: string; subject: string }) =>
      unwrap(api.DELETE('/api/v1/projects/{projectId}/controllers/{subject}', { params: { path: { projectId, subject } } })),
    onSettled: (_r, _e, { projectId }) => queryClient.invalidateQueries({ queryKey: key(projectId) }),
  });
}
