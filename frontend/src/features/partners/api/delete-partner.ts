/** DELETE /partners/{id} with If-Match (advisor, admin); 409 PARTNER-004 while it is in a partnership or has expressed interest. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { isApiError, unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { invalidatePartners } from './invalidate-partners';

export const PARTNER_IN_USE = 'PARTNER-004';

export function deletePartner({ id, version }: { id: string; version: number }) {
  return unwrap(api.DELETE('/api/v1/partners/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

/** True when the organisation stays because a partnership or an expression of interest names it. */
export function isPartnerInUse(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.code === PARTNER_IN_USE;
}

export function useDeletePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePartner,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.partner(id) });
      return invalidatePartners(queryClient);
    },
  });
}
