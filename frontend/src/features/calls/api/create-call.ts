/** POST /calls (advisor, admin); a call may only narrow its programme's rules. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { CallRequest } from '@/lib/api/types';
import { invalidateCalls } from './invalidate-calls';

/** Resolves to the new call's id. */
export async function createCall(body: CallRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/calls', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreateCall() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCall, onSuccess: () => invalidateCalls(queryClient) });
}
