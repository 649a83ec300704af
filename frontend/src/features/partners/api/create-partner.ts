/** POST /partners: register an organisation; a duplicate is refused with 409 (see duplicate-partner.ts). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { PartnerRequest } from '@/lib/api/types';
import { invalidatePartners } from './invalidate-partners';

/** Resolves to the new organisation's id. */
export async function createPartner(body: PartnerRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/partners', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPartner, onSuccess: () => invalidatePartners(queryClient) });
}
