/** POST /programmes (advisor, admin). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { ProgrammeRequest } from '@/lib/api/types';
import { invalidateProgrammes } from './invalidate-programmes';

/** Resolves to the new programme's id. */
export async function createProgramme(body: ProgrammeRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/programmes', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProgramme, onSuccess: () => invalidateProgrammes(queryClient) });
}
