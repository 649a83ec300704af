/** PUT /units/{id} with If-Match (admin). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { UnitRequest, UnitView } from '@/lib/api/types';
import { invalidateUnits } from './invalidate-units';

export interface UpdateUnitInput {
  id: string;
  version: number;
  body: UnitRequest;
}

export function updateUnit({ id, version, body }: UpdateUnitInput) {
  return unwrapAs<UnitView>(api.PUT('/api/v1/units/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: (unit, { id }) => {
      if (unit) queryClient.setQueryData(queryKeys.unit(id), unit);
      return invalidateUnits(queryClient);
    },
  });
}
