/** External networks: the list, one network with members and meetings, recording a meeting (advisors and admins). */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ExternalNetworkListItem, ExternalNetworkMeetingRequest, ExternalNetworkView } from '@/lib/api/types';

export function useExternalNetworks() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.externalNetworks,
      queryFn: () => unwrapAs<ExternalNetworkListItem[]>(api.GET('/api/v1/external-networks')),
    }),
  );
}

export function useExternalNetwork(id: string) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.externalNetwork(id),
      queryFn: () => unwrapAs<ExternalNetworkView>(api.GET('/api/v1/external-networks/{id}', { params: { path: { id } } })),
    }),
  );
}

export function useAddMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExternalNetworkMeetingRequest) =>
      unwrapAs<unknown>(api.POST('/api/v1/external-networks/{id}/meetings', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.externalNetworks }),
  });
}
