/** Twin towns: the list, one twin town with its log, and logging an activity (advisors and admins). */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { saveFile } from '@/lib/save-file';
import type { TwinTownActivityRequest, TwinTownActivityView, TwinTownListItem, TwinTownView } from '@/lib/api/types';

export function useTwinTowns() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.twinTowns,
      queryFn: () => unwrapAs<TwinTownListItem[]>(api.GET('/api/v1/twin-towns')),
    }),
  );
}

export function useTwinTown(id: string) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.twinTown(id),
      queryFn: () => unwrapAs<TwinTownView>(api.GET('/api/v1/twin-towns/{id}', { params: { path: { id } } })),
    }),
  );
}

export function useAddActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TwinTownActivityRequest) =>
      unwrapAs<TwinTownActivityView>(api.POST('/api/v1/twin-towns/{id}/activities', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twinTowns }),
  });
}

export async function downloadAgreement(id: string, fileName: string) {
  const blob = await unwrapAs<Blob>(api.GET('/api/v1/twin-towns/{id}/agreement', { params: { path: { id } }, parseAs: 'blob' }));
  saveFile(blob, fileName);
}
