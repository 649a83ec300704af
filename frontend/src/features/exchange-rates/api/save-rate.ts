/**
 * PUT /exchange-rates/{currency}/{month}: records a new month's rate (no version: 201) or changes
 * one against its version (If-Match: 200; 412 when someone else saved first).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { rateKeys } from './rate-keys';
import type { ExchangeRateRequest, ExchangeRateView } from './rate-types';

export interface SaveRateInput {
  currency: string;
  month: string;
  /** The version the change is based on; absent for a new month. */
  version?: number;
  body: ExchangeRateRequest;
}

export function saveRate({ currency, month, version, body }: SaveRateInput) {
  return unwrapAs<ExchangeRateView>(
    api.PUT('/api/v1/exchange-rates/{currency}/{month}', {
      params: { path: { currency, month }, header: version === undefined ? {} : ifMatch(version) },
      body,
    }),
  );
}

export function useSaveRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRate,
    onSuccess: (rate) => {
      if (rate) queryClient.setQueryData(rateKeys.rate(rate.currency, rate.month), rate);
      return queryClient.invalidateQueries({ queryKey: rateKeys.all });
    },
  });
}
