/**
 * The bar that stays in view above the budget while the user edits it: the project's total, the EU
 * share, what is left to finance (the contributions still missing across partners, from the server's
 * figures), the state of the rules and the save button.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '@/lib/api/types';
import { useMoney } from './use-money';

interface SummaryBarProps {
  summary: BudgetSummary | null;
  violations: number;
  pending: boolean;
  /** The save button (it submits the form around the bar). */
  action: ReactNode;
}

const cents = (value: number) => Math.round(value * 100);

export function BudgetSummaryBar({ summary, violations, pending, action }: SummaryBarProps) {
  const { t } = useTranslation();
  const money = useMoney(summary?.currency);
  const left = summary ? summary.partners.reduce((sum, partner) => sum + cents(partner.remainder) - cents(partner.contributionsTotal), 0) / 100 : null;
  return (
    <div className="budget-bar" role="region" aria-label={t('budgets.summaryLabel')}>
      <dl className="budget-bar__figures">
        <div>
          <dt>{t('budgets.projectTotal')}</dt>
          <dd data-testid="project-total">{money.money(summary?.total)}</dd>
        </div>
        <div>
          <dt>{t('budgets.euShare')}</dt>
          <dd data-testid="project-eu-share">{money.money(summary?.euShare)}</dd>
        </div>
        <div>
          <dt>{t('budgets.leftToFinance')}</dt>
          <dd data-testid="project-left" className={left ? 'budget-bar__open' : undefined}>
            {money.money(left)}
          </dd>
        </div>
        <div>
          <dt>{t('budgets.ruleStatus')}</dt>
          <dd data-testid="project-violations" className={violations > 0 ? 'budget-bar__open' : undefined}>
            {pending ? t('budgets.recalculating') : violations > 0 ? t('budgets.violationsShort', { count: violations }) : t('budgets.validShort')}
          </dd>
        </div>
      </dl>
      <div className="budget-bar__action">{action}</div>
    </div>
  );
}
