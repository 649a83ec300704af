/** Broken budget rules in words: the rule's own explanation (by its BUDGET code) and the server's detail. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BudgetViolation } from '@/lib/api/types';

export function violationText(violation: BudgetViolation, t: TFunction): string {
  const key = `budgetRule.${violation.code}`;
  const rule = t(key, { defaultValue: '' });
  return rule ? `${rule} (${violation.message})` : violation.message;
}

export function ViolationList({ violations, id }: { violations: BudgetViolation[] | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!violations?.length) return null;
  return (
    <ul id={id} className="field__error budget-violations">
      {violations.map((violation, index) => (
        <li key={`${violation.field}-${index}`}>{violationText(violation, t)}</li>
      ))}
    </ul>
  );
}
