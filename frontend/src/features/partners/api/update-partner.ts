/** PUT /partners/{id} with If-Match; the duplicate rules apply as on create. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PartnerRequest, PartnerView } from '@/lib/api/types';
import { invalidatePartners } from './invalidate-partners';

export interface UpdatePartnerInput {
  id: string;
  version: number;
  body: PartnerRequest;
}

export function updatePartner({ id, version, body }: UpdatePartnerInput) {
  return unwrapAs<PartnerView>(api.PUT('/api/v1/partners/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartner,
    onSuccess: (partner, { id }) => {
      if (partner) queryClient.setQueryData(queryKeys.partner(id), partner);
      return invalidatePartners(queryClient);
    },
  });
}
