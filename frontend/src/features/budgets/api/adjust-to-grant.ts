/** POST /budgets/{id}/granted (advisors): the granted version adjusted so that its EU share is the amount granted (400 BUDGET-014 otherwise). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { BudgetContent, BudgetVersionView } from '@/lib/api/types';

export function adjustToGrant({ budgetId, content }: { budgetId: string; content: BudgetContent }) {
  return unwrapAs<BudgetVersionView>(api.POST('/api/v1/budgets/{budgetId}/granted', { params: { path: { budgetId } }, body: content }));
}

export function useAdjustToGrant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: adjustToGrant, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['budgets'] }) });
}
