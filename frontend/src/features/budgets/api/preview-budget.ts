/** POST /applications/{id}/budget/preview: what a budget as typed comes to and the rules it breaks, nothing saved. */
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { BudgetContent, BudgetPreview } from '@/lib/api/types';

export function previewBudget(applicationId: string, content: BudgetContent, signal?: AbortSignal) {
  return unwrapAs<BudgetPreview>(api.POST('/api/v1/applications/{applicationId}/budget/preview', { params: { path: { applicationId } }, body: content, signal }));
}
