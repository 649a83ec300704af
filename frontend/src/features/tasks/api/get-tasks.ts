/**
 * GET /me/tasks: what waits for the user, by their roles (polled modestly, like the notifications).
 * The list holds every kind's count but only its first tasks; one kind in full is asked for on its own.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { TaskKind, TaskList } from '@/lib/api/types';

export const TASKS_POLL_MS = 60_000;
/** As many as the API gives for one kind: "show all" means all. */
export const ALL_OF_A_KIND = 5000;

export function getTasks(kind?: TaskKind) {
  const query = kind ? { kind, limit: ALL_OF_A_KIND } : {};
  return unwrapAs<TaskList>(api.GET('/api/v1/me/tasks', { params: { query } }));
}

export function getTasksQueryOptions(kind?: TaskKind) {
  return queryOptions({ queryKey: kind ? [...queryKeys.tasks, kind] : queryKeys.tasks, queryFn: () => getTasks(kind) });
}

/** The list, refreshed every minute and when the user comes back to the tab (steps taken elsewhere change it). */
export function useTasks() {
  return useQuery({ ...getTasksQueryOptions(), refetchInterval: TASKS_POLL_MS, refetchOnWindowFocus: true, staleTime: 0 });
}

/** Every task of one kind, while the user has asked to see them all (none asked: nothing fetched). */
export function useTasksOfKind(kind: TaskKind | null) {
  return useQuery({ ...getTasksQueryOptions(kind ?? undefined), enabled: kind != null, staleTime: 0 });
}
