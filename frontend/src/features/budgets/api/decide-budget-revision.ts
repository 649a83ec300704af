/**
 * POST /budgets/{id}/versions/{number}/decision with If-Match (the request's version): an advisor approves
 * or rejects a change request once, with a comment (409 BUDGET-021 when it was decided already).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import type { BudgetVersionView, RevisionOutcome } from '@/lib/api/types';

export interface DecideRevisionInput {
  budgetId: string;
  number: number;
  version: number;
  outcome: RevisionOutcome;
  comment: string;
}

export function decideRevision({ budgetId, number, version, outcome, comment }: DecideRevisionInput) {
  return unwrapAs<BudgetVersionView>(
    api.POST('/api/v1/budgets/{budgetId}/versions/{number}/decision', {
      params: { path: { budgetId, number }, header: ifMatch(version) },
      body: { outcome, comment },
    }),
  );
}

export function useDecideRevision() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideRevision, onSettled: () => queryClient.invalidateQueries({ queryKey: ['budgets'] }) });
}
