/** POST /applications: a draft for one of the caller's units (409 IDEA-001 when the idea is not screened). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { ApplicationRequest } from '@/lib/api/types';
import { invalidateApplications } from './invalidate-applications';

/** Resolves to the new application's id. */
export async function createApplication(body: ApplicationRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/applications', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApplication, onSuccess: () => invalidateApplications(queryClient) });
}
