/** External networks: the list, one network with members and meetings; recording, changing and deleting them and their meetings (advisors and admins). */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { components } from '@/lib/api/schema';
import type { ExternalNetworkListItem, ExternalNetworkMeetingRequest, ExternalNetworkView } from '@/lib/api/types';

export type ExternalNetworkRequest = components['schemas']['ExternalNetworkRequest'];

export function useExternalNetworks() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.externalNetworks,
      queryFn: () => unwrapAs<ExternalNetworkListItem[]>(api.GET('/api/v1/external-networks')),
    }),
  );
}

export function getExternalNetworkQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.externalNetwork(id),
    queryFn: () => unwrapAs<ExternalNetworkView>(api.GET('/api/v1/external-networks/{id}', { params: { path: { id } } })),
  });
}

export function useExternalNetwork(id: string) {
  return useQuery(getExternalNetworkQueryOptions(id));
}

export function useCreateExternalNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExternalNetworkRequest) => unwrapAs<ExternalNetworkView>(api.POST('/api/v1/external-networks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.externalNetworks }),
  });
}

export function useUpdateExternalNetwork(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: ExternalNetworkRequest }) =>
      unwrapAs<ExternalNetworkView>(api.PUT('/api/v1/external-networks/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.externalNetworks }),
  });
}

export function useDeleteExternalNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapAs<unknown>(api.DELETE('/api/v1/external-networks/{id}', { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.externalNetwork(id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.externalNetworks });
    },
  });
}

export function useAddMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExternalNetworkMeetingRequest) =>
      unwrapAs<unknown>(api.POST('/api/v1/external-networks/{id}/meetings', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.externalNetworks }),
  });
}
