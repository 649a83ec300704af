/** The project's totals: per category, per period, the whole, the EU share and the contributions by source. */
import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '@/lib/api/types';
import { CATEGORY_ORDER, useCategoryLabel } from './budget-grid';
import { useMoney } from './use-money';

export function BudgetProjectTotals({ summary, figures = true }: { summary: BudgetSummary; figures?: boolean }) {
  const { t } = useTranslation();
  const money = useMoney(summary.currency);
  const categoryLabel = useCategoryLabel();
  const categories = [...summary.categories].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  return (
    <>
      {figures && (
      <dl className="figures budget-figures">
        <div className="figure">
          <dt>{t('budgets.projectTotal')}</dt>
          <dd data-testid="project-total">{money.money(summary.total)}</dd>
        </div>
        <div className="figure">
          <dt>{t('budgets.euShare')}</dt>
          <dd data-testid="project-eu-share">{money.money(summary.euShare)}</dd>
        </div>
      </dl>
      )}
      <div className="budget-columns">
        <table className="table">
          <caption>{t('budgets.categoryTotals')}</caption>
          <tbody>
            {categories.map((row) => (
              <tr key={row.category}>
                <th scope="row">{categoryLabel(row.category)}</th>
                <td className="numeric">{money.amount(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>{t('budgets.periodTotals')}</caption>
          <tbody>
            {summary.periodTotals.map((row) => (
              <tr key={row.period}>
                <th scope="row">{t('budgets.periodN', { period: row.period })}</th>
                <td className="numeric">{money.amount(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>{t('budgets.contributionTotals')}</caption>
          <tbody>
            {summary.contributions.map((row) => (
              <tr key={row.source}>
                <th scope="row">{t(`contributionSource.${row.source}`)}</th>
                <td className="numeric">{money.amount(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
