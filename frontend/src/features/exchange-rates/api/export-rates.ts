/** GET /exchange-rates/export: the rates as CSV with the list's filters, fetched with the bearer token and saved as a file. */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';
import type { RateFilterParams } from './rate-types';

export const EXPORT_FILE_NAME = 'exchange-rates.csv';

export async function exportRates(filters: RateFilterParams) {
  const blob = await unwrapAs<Blob>(api.GET('/api/v1/exchange-rates/export', { params: { query: filters }, parseAs: 'blob' }));
  saveFile(blob, EXPORT_FILE_NAME);
}

export function useExportRates() {
  return useMutation({ mutationFn: exportRates });
}
