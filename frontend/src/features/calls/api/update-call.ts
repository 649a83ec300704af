/** PUT /calls/{id} with If-Match. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CallRequest, CallView } from '@/lib/api/types';
import { invalidateCalls } from './invalidate-calls';

export interface UpdateCallInput {
  id: string;
  version: number;
  body: CallRequest;
}

export function updateCall({ id, version, body }: UpdateCallInput) {
  return unwrapAs<CallView>(api.PUT('/api/v1/calls/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCall,
    onSuccess: (call, { id }) => {
      if (call) queryClient.setQueryData(queryKeys.call(id), call);
      return invalidateCalls(queryClient);
    },
  });
}
