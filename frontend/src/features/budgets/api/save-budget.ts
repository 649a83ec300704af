/** POST /applications/{id}/budget the first time, else PUT with If-Match; saved only when valid (400 with the BUDGET codes otherwise). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { BudgetContent, BudgetView } from '@/lib/api/types';

export interface SaveBudgetInput {
  applicationId: string;
  /** The version the user started from; `null` when the application has no budget yet. */
  version: number | null;
  content: BudgetContent;
}

export function saveBudget({ applicationId, version, content }: SaveBudgetInput) {
  const path = { applicationId };
  return version === null
    ? unwrapAs<BudgetView>(api.POST('/api/v1/applications/{applicationId}/budget', { params: { path }, body: content }))
    : unwrapAs<BudgetView>(api.PUT('/api/v1/applications/{applicationId}/budget', { params: { path, header: ifMatch(version) }, body: content }));
}

export function useSaveBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveBudget,
    onSuccess: (view, { applicationId }) => {
      queryClient.setQueryData(queryKeys.applicationBudget(applicationId), view);
      return queryClient.invalidateQueries({ queryKey: ['budgets'] });
    },
  });
}
