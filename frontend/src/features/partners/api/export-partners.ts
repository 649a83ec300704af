/** GET /partners/export: the register as CSV with the list's filters, fetched with the bearer token and saved as a file. */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';
import type { PartnerFilterParams } from './get-partners';

export const EXPORT_FILE_NAME = 'partner-organisations.csv';

export async function exportPartners(filters: PartnerFilterParams) {
  const blob = await unwrapAs<Blob>(api.GET('/api/v1/partners/export', { params: { query: filters }, parseAs: 'blob' }));
  saveFile(blob, EXPORT_FILE_NAME);
}

export function useExportPartners() {
  return useMutation({ mutationFn: exportPartners });
}
