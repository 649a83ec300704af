/**
 * One partner's costs: categories × periods, each cell the typed lines and the derived flat rates
 * together (summary.cells), with each category's sum at the row's end and each period's sum below.
 */
import { useTranslation } from 'react-i18next';
import type { BudgetCategory, BudgetSummary } from '@/lib/api/types';
import { ScrollTable } from '@/components/scroll-table';
import { useMoney } from './use-money';

export const CATEGORY_ORDER: BudgetCategory[] = [
  'STAFF',
  'OFFICE_ADMINISTRATION',
  'TRAVEL_ACCOMMODATION',
  'EXTERNAL_EXPERTISE',
  'EQUIPMENT',
  'INFRASTRUCTURE_WORKS',
  'OTHER_COSTS_FLAT_RATE',
];

export function useCategoryLabel() {
  const { t } = useTranslation();
  return (category: BudgetCategory) => (category === 'OTHER_COSTS_FLAT_RATE' ? t('budgets.otherCostsFlatRate') : t(`costCategory.${category}`));
}

interface BudgetGridProps {
  partnerId: string;
  partnerName: string;
  summary: BudgetSummary;
  periods: number;
  /** The call's categories; a category with amounts is shown even if the call no longer has it. */
  categories: BudgetCategory[];
}

const cents = (value: number) => Math.round(value * 100);

export function BudgetGrid({ partnerId, partnerName, summary, periods, categories }: BudgetGridProps) {
  const { t } = useTranslation();
  const money = useMoney(summary.currency);
  const categoryLabel = useCategoryLabel();
  const cells = summary.cells.filter((cell) => cell.partnerId === partnerId);
  const shown = CATEGORY_ORDER.filter((category) => categories.includes(category) || cells.some((cell) => cell.category === category));
  const amountAt = (category: BudgetCategory, period: number) => cells.find((cell) => cell.category === category && cell.period === period)?.amount;
  // Sums of the server's cells (each already to the cent), added in cents so that no float error shows.
  const sumOf = (matches: (cell: (typeof cells)[number]) => boolean) => cells.filter(matches).reduce((sum, cell) => sum + cents(cell.amount), 0) / 100;
  const totals = summary.partners.find((partner) => partner.partnerId === partnerId);
  const periodNumbers = Array.from({ length: periods }, (_, index) => index + 1);
  const caption = t('budgets.gridCaption', { partner: partnerName, currency: summary.currency });
  return (
    <ScrollTable label={caption}>
      <table className="table budget-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budgets.category')}</th>
            {periodNumbers.map((period) => (
              <th key={period} scope="col" className="numeric">
                {t('budgets.periodN', { period })}
              </th>
            ))}
            <th scope="col" className="numeric budget-grid__total">
              {t('budgets.sum')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((category) => (
            <tr key={category}>
              <th scope="row">{categoryLabel(category)}</th>
              {periodNumbers.map((period) => (
                <td key={period} className="numeric">
                  {money.amount(amountAt(category, period) ?? 0)}
                </td>
              ))}
              <td className="numeric budget-grid__total">{money.amount(sumOf((cell) => cell.category === category))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budgets.partnerTotal')}</th>
            {periodNumbers.map((period) => (
              <td key={period} className="numeric">
                {money.amount(sumOf((cell) => cell.period === period))}
              </td>
            ))}
            <td className="numeric budget-grid__total" data-testid={`partner-total-${partnerId}`}>
              {money.money(totals?.total ?? 0)}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
