/**
 * Broken budget rules in plain words, from the rule's code and its figures (params) in the user's
 * language and number format; the server's English message is never shown.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BudgetViolation, Currency } from '@/lib/api/types';
import { formatMoneyExact, formatPercentOf } from './use-money';

/** Rules whose sentence names figures, when the server sent them. */
const WITH_FIGURES: Record<string, string[]> = {
  'BUDGET-001': ['max'],
  'BUDGET-004': ['category'],
  'BUDGET-005': ['category'],
  'BUDGET-006': ['max'],
  'BUDGET-007': ['required', 'total', 'euShare', 'actual', 'missing'],
  'BUDGET-010': ['currency'],
  'BUDGET-011': ['periods'],
  'BUDGET-014': ['euShare', 'granted'],
  'BUDGET-018': ['euShare', 'granted', 'excess'],
};

export function violationText(violation: BudgetViolation, t: TFunction, language: string, currency: Currency | undefined): string {
  const params = violation.params ?? {};
  const names = WITH_FIGURES[violation.code];
  if (names?.every((name) => params[name] !== undefined && params[name] !== null)) {
    const money = (name: string) => formatMoneyExact(Number(params[name]), currency, language);
    switch (violation.code) {
      case 'BUDGET-007': {
        const missing = Number(params.missing);
        const figures = { required: money('required'), total: money('total'), euShare: money('euShare'), actual: money('actual') };
        return missing > 0
          ? t('budgetProblem.BUDGET-007_short', { ...figures, missing: money('missing') })
          : t('budgetProblem.BUDGET-007_over', { ...figures, excess: formatMoneyExact(-missing, currency, language) });
      }
      case 'BUDGET-001':
      case 'BUDGET-006':
        return t(`budgetProblem.${violation.code}`, { max: formatPercentOf(Number(params.max), language) });
      case 'BUDGET-004':
      case 'BUDGET-005': {
        const category = String(params.category);
        return t(`budgetProblem.${violation.code}`, { category: t(`costCategory.${category}`, { defaultValue: t('budgets.otherCostsFlatRate') }) });
      }
      case 'BUDGET-014':
        return t('budgetProblem.BUDGET-014', { euShare: money('euShare'), granted: money('granted') });
      case 'BUDGET-018':
        return t('budgetProblem.BUDGET-018', { euShare: money('euShare'), granted: money('granted'), excess: money('excess') });
      default:
        return t(`budgetProblem.${violation.code}`, { currency: String(params.currency ?? ''), periods: Number(params.periods ?? 0) });
    }
  }
  if (violation.code === 'BUDGET-011') return t('budgetProblem.BUDGET-011_noPeriods');
  const rule = t(`budgetRule.${violation.code}`, { defaultValue: '' });
  return rule || t(`budgetProblem.${violation.code}`, { defaultValue: t('budgetProblem.other') });
}

export function ViolationList({ violations, id, currency }: { violations: BudgetViolation[] | undefined; id?: string; currency?: Currency }) {
  const { t, i18n } = useTranslation();
  if (!violations?.length) return null;
  return (
    <ul id={id} className="field__error budget-violations">
      {violations.map((violation, index) => (
        <li key={`${violation.field}-${index}`}>{violationText(violation, t, i18n.resolvedLanguage ?? 'sv', currency)}</li>
      ))}
    </ul>
  );
}

/** violationText bound to the user's language and the budget's currency. */
export function useViolationText(currency: Currency | undefined) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return (violation: BudgetViolation) => violationText(violation, t, language, currency);
}
