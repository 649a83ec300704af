/** Twin towns: the list, one twin town with its log; recording, changing and deleting them, the agreement and the log (advisors and admins). */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { rawFile } from '@/lib/api/raw-file';
import { saveFile } from '@/lib/save-file';
import type { components } from '@/lib/api/schema';
import type { TwinTownActivityRequest, TwinTownActivityView, TwinTownListItem, TwinTownView } from '@/lib/api/types';

export type TwinTownRequest = components['schemas']['TwinTownRequest'];

export function useTwinTowns() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.twinTowns,
      queryFn: () => unwrapAs<TwinTownListItem[]>(api.GET('/api/v1/twin-towns')),
    }),
  );
}

export function getTwinTownQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.twinTown(id),
    queryFn: () => unwrapAs<TwinTownView>(api.GET('/api/v1/twin-towns/{id}', { params: { path: { id } } })),
  });
}

export function useTwinTown(id: string) {
  return useQuery(getTwinTownQueryOptions(id));
}

export function useCreateTwinTown() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TwinTownRequest) => unwrapAs<TwinTownView>(api.POST('/api/v1/twin-towns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twinTowns }),
  });
}

export function useUpdateTwinTown(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: TwinTownRequest }) =>
      unwrapAs<TwinTownView>(api.PUT('/api/v1/twin-towns/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twinTowns }),
  });
}

export function useDeleteTwinTown() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapAs<unknown>(api.DELETE('/api/v1/twin-towns/{id}', { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.twinTown(id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.twinTowns });
    },
  });
}

export function useAddActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TwinTownActivityRequest) =>
      unwrapAs<TwinTownActivityView>(api.POST('/api/v1/twin-towns/{id}/activities', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twinTowns }),
  });
}

export function useUploadAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrapAs<unknown>(api.PUT('/api/v1/twin-towns/{id}/agreement', { params: { path: { id }, query: { fileName: file.name } }, ...rawFile(file) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twinTowns }),
  });
}

export async function downloadAgreement(id: string, fileName: string) {
  const blob = await unwrapAs<Blob>(api.GET('/api/v1/twin-towns/{id}/agreement', { params: { path: { id } }, parseAs: 'blob' }));
  saveFile(blob, fileName);
}
