/**
 * POST /calls/import (advisor, admin): the file's text as it is, JSON (EU Funding & Tenders Portal
 * topic list) or CSV. All or nothing: a 400 with code IMPORT-001 lists the rows in error.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { CallImportResult } from '@/lib/api/types';
import { invalidateCalls } from './invalidate-calls';

export type ImportFormat = 'json' | 'csv';

const CONTENT_TYPES: Record<ImportFormat, string> = { json: 'application/json', csv: 'text/csv' };

export function importCalls({ text, format }: { text: string; format: ImportFormat }) {
  return unwrapAs<CallImportResult>(
    api.POST('/api/v1/calls/import', {
      // The file goes as it is; the schema types the JSON variant as an array.
      body: text as unknown as unknown[],
      bodySerializer: (body: unknown) => body as string,
      headers: { 'Content-Type': CONTENT_TYPES[format] },
    }),
  );
}

export function useImportCalls() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importCalls, onSuccess: () => invalidateCalls(queryClient) });
}
