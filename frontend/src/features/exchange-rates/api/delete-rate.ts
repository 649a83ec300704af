/** DELETE /exchange-rates/{currency}/{month} with If-Match. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { rateKeys } from './rate-keys';

export interface DeleteRateInput {
  currency: string;
  month: string;
  version: number;
}

export async function deleteRate({ currency, month, version }: DeleteRateInput) {
  await unwrap(
    api.DELETE('/api/v1/exchange-rates/{currency}/{month}', { params: { path: { currency, month }, header: ifMatch(version) } }),
  );
}

export function useDeleteRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRate,
    onSuccess: (_, { currency, month }) => {
      queryClient.removeQueries({ queryKey: rateKeys.rate(currency, month) });
      return queryClient.invalidateQueries({ queryKey: rateKeys.all });
    },
  });
}
