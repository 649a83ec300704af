/** The call watches API: lists, one watch, its matches, saving and deleting. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type CallWatchView = components['schemas']['CallWatchView'];
export type CallWatchRequest = components['schemas']['CallWatchRequest'];
export type WatchMatchView = components['schemas']['WatchMatchView'];

export const watchKeys = {
  all: ['call-watches'] as const,
  list: () => ['call-watches', 'list'] as const,
  watch: (id: string) => ['call-watches', 'detail', id] as const,
  matches: (id: string) => ['call-watches', 'matches', id] as const,
};

// Matches come from imports by others at any time: each visit asks again (no staleTime).
export function useCallWatches() {
  return useQuery({
    staleTime: 0,
    queryKey: watchKeys.list(),
    queryFn: () => unwrapAs<CallWatchView[]>(api.GET('/api/v1/call-watches', {})),
  });
}

export function useCallWatch(id: string) {
  return useQuery({
    staleTime: 0,
    queryKey: watchKeys.watch(id),
    queryFn: () => unwrapAs<CallWatchView>(api.GET('/api/v1/call-watches/{id}', { params: { path: { id } } })),
  });
}

export function useWatchMatches(id: string) {
  return useQuery({
    staleTime: 0,
    queryKey: watchKeys.matches(id),
    queryFn: () => unwrapAs<WatchMatchView[]>(api.GET('/api/v1/call-watches/{id}/matches', { params: { path: { id } } })),
  });
}

export function useCreateWatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallWatchRequest) => unwrapAs<CallWatchView>(api.POST('/api/v1/call-watches', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: watchKeys.all }),
  });
}

export function useDeleteWatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapAs<void>(api.DELETE('/api/v1/call-watches/{id}', { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: watchKeys.all }),
  });
}
