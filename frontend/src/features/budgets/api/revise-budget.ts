/** POST /budgets/{id}/revisions: a change request after the grant, recorded as a REVISED version with its reason. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { BudgetContent, BudgetVersionView } from '@/lib/api/types';

export interface ReviseBudgetInput {
  budgetId: string;
  reason: string;
  content: BudgetContent;
}

export function reviseBudget({ budgetId, reason, content }: ReviseBudgetInput) {
  return unwrapAs<BudgetVersionView>(api.POST('/api/v1/budgets/{budgetId}/revisions', { params: { path: { budgetId } }, body: { reason, content } }));
}

export function useReviseBudget() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviseBudget, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['budgets'] }) });
}
