/** Query keys of the exchange rates: every list and record sits under ['exchange-rates']. */
export const rateKeys = {
  all: ['exchange-rates'] as const,
  list: (params: object) => ['exchange-rates', 'list', params] as const,
  rate: (currency: string, month: string) => ['exchange-rates', 'detail', currency, month] as const,
};
