/** GET /me/tasks: what waits for the user, by their roles (polled modestly, like the notifications). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { TaskList } from '@/lib/api/types';

export const TASKS_POLL_MS = 60_000;

export function getTasks() {
  return unwrapAs<TaskList>(api.GET('/api/v1/me/tasks'));
}

export function getTasksQueryOptions() {
  return queryOptions({ queryKey: queryKeys.tasks, queryFn: getTasks });
}

/** The list, refreshed every minute and when the user comes back to the tab (steps taken elsewhere change it). */
export function useTasks() {
  return useQuery({ ...getTasksQueryOptions(), refetchInterval: TASKS_POLL_MS, refetchOnWindowFocus: true, staleTime: 0 });
}
