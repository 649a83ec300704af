/** Short names for the exchange rates' generated schema types (src/lib/api/schema.d.ts). */
import type { components } from '@/lib/api/schema';

export type ExchangeRateView = components['schemas']['ExchangeRateView'];
export type ExchangeRateRequest = components['schemas']['ExchangeRateRequest'];
export type RateImportResult = components['schemas']['RateImportResult'];

/** The list's filters as the API takes them: a currency code and months written YYYY-MM. */
export interface RateFilterParams {
  currency?: string;
  fromMonth?: string;
  toMonth?: string;
}
