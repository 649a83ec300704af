/** GET /exchange-rates: a page of monthly rates, filtered by currency and months, newest month first. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { DEFAULT_PAGE_SIZE, type Page } from '@/lib/api/types';
import { rateKeys } from './rate-keys';
import type { ExchangeRateView, RateFilterParams } from './rate-types';

export interface RateListParams extends RateFilterParams {
  page?: number;
  sort?: string;
}

export function getRates(params: RateListParams) {
  return unwrapAs<Page<ExchangeRateView>>(
    api.GET('/api/v1/exchange-rates', { params: { query: { size: DEFAULT_PAGE_SIZE, ...params } } }),
  );
}

export function useRates(params: RateListParams) {
  return useQuery({ queryKey: rateKeys.list(params), queryFn: () => getRates(params), placeholderData: keepPreviousData });
}
