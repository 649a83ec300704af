/** A claim's category name: the cost categories, and the flat-rate "other costs" the budget computes. */
import type { TFunction } from 'i18next';
import type { BudgetCategory } from '@/lib/api/types';

export function categoryLabel(category: BudgetCategory, t: TFunction): string {
  return category === 'OTHER_COSTS_FLAT_RATE' ? t('reports.otherCostsFlatRate') : t(`costCategory.${category}`);
}
