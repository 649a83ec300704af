/**
 * POST /partners/import (advisor, admin): a CSV file as it is, the register's own columns or the
 * CORDIS participant extract. All or nothing: a 400 with code IMPORT-001 names the rows in error.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { PartnerImportResult } from '@/lib/api/types';
import { invalidatePartners } from './invalidate-partners';

export function importPartners(text: string) {
  return unwrapAs<PartnerImportResult>(
    api.POST('/api/v1/partners/import', {
      body: text,
      bodySerializer: (body: unknown) => body as string,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useImportPartners() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importPartners, onSuccess: () => invalidatePartners(queryClient) });
}
