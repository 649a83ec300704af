/** POST /units (admin). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, unwrapResponse } from '@/lib/api/problem';
import type { UnitRequest } from '@/lib/api/types';
import { invalidateUnits } from './invalidate-units';

/** Resolves to the new unit's id. */
export async function createUnit(body: UnitRequest): Promise<string> {
  const { data, response } = await unwrapResponse(api.POST('/api/v1/units', { body }));
  return (data as { id?: string } | undefined)?.id ?? idFromLocation(response) ?? '';
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUnit, onSuccess: () => invalidateUnits(queryClient) });
}
