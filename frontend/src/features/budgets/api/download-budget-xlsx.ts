/** GET /budgets/{id}/xlsx?version=: the workbook fetched with the bearer token (never in a URL) and saved from a Blob. */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';

export interface DownloadBudgetInput {
  budgetId: string;
  /** 0 for the draft. */
  version: number;
  fileName: string;
}

export async function downloadBudgetXlsx({ budgetId, version, fileName }: DownloadBudgetInput) {
  const blob = await unwrapAs<Blob>(
    api.GET('/api/v1/budgets/{budgetId}/xlsx', { params: { path: { budgetId }, query: { version } }, parseAs: 'blob' }),
  );
  saveFile(blob, fileName);
}

export function useDownloadBudgetXlsx() {
  return useMutation({ mutationFn: downloadBudgetXlsx });
}
