/** GET /exchange-rates/{currency}/{month}: one month's rate with its version. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { rateKeys } from './rate-keys';
import type { ExchangeRateView } from './rate-types';

export function getRate(currency: string, month: string) {
  return unwrapAs<ExchangeRateView>(
    api.GET('/api/v1/exchange-rates/{currency}/{month}', { params: { path: { currency, month } } }),
  );
}

export function getRateQueryOptions(currency: string, month: string) {
  return queryOptions({ queryKey: rateKeys.rate(currency, month), queryFn: () => getRate(currency, month) });
}

export function useRate(currency: string, month: string) {
  return useQuery(getRateQueryOptions(currency, month));
}
