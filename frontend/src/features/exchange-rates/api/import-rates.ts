/**
 * POST /exchange-rates/import (advisor, admin): a CSV file as it is. All or nothing: a 400 with
 * code IMPORT-001 names the rows in error.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { rateKeys } from './rate-keys';
import type { RateImportResult } from './rate-types';

export function importRates(text: string) {
  return unwrapAs<RateImportResult>(
    api.POST('/api/v1/exchange-rates/import', {
      body: text,
      bodySerializer: (body: unknown) => body as string,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useImportRates() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importRates, onSuccess: () => queryClient.invalidateQueries({ queryKey: rateKeys.all }) });
}
