/** Rates as the API sends them, for the feature's tests. */
import type { ExchangeRateView } from './api/rate-types';

export function rate(overrides: Partial<ExchangeRateView> = {}): ExchangeRateView {
  return {
    currency: 'SEK',
    month: '2026-11',
    unitsPerEur: 11.483,
    source: 'InforEuro',
    updatedByName: 'Ada Ahlström',
    updatedAt: '2026-11-02T09:15:00Z',
    version: 1,
    ...overrides,
  };
}

export function page(items: ExchangeRateView[]) {
  return { items, page: 0, size: 20, total: items.length };
}
