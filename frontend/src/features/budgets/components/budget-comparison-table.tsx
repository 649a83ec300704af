/** Two versions line by line (ADDED, REMOVED, CHANGED, UNCHANGED) with the amounts and the difference, and the partners' totals. */
import { useTranslation } from 'react-i18next';
import type { BudgetComparison, Currency, PartnerMemberView } from '@/lib/api/types';
import { useCategoryLabel } from './budget-grid';
import { ScrollTable } from '@/components/scroll-table';
import { useMoney } from './use-money';

interface BudgetComparisonTableProps {
  comparison: BudgetComparison;
  currency: Currency;
  partnership: PartnerMemberView[];
  versionLabel: (number: number) => string;
}

export function BudgetComparisonTable({ comparison, currency, partnership, versionLabel }: BudgetComparisonTableProps) {
  const { t } = useTranslation();
  const money = useMoney(currency);
  const categoryLabel = useCategoryLabel();
  const name = (id: string) => partnership.find((member) => member.organisationId === id)?.legalName ?? t('budgets.unknownPartner');
  const from = versionLabel(comparison.from);
  const to = versionLabel(comparison.to);
  return (
    <div className="budget-comparison">
      <dl className="figures">
        <div className="figure">
          <dt>{t('budgets.totalIn', { version: from })}</dt>
          <dd>{money.money(comparison.fromTotal)}</dd>
        </div>
        <div className="figure">
          <dt>{t('budgets.totalIn', { version: to })}</dt>
          <dd>{money.money(comparison.toTotal)}</dd>
        </div>
        <div className="figure">
          <dt>{t('budgets.euShareIn', { version: from })}</dt>
          <dd>{money.money(comparison.fromEuShare)}</dd>
        </div>
        <div className="figure">
          <dt>{t('budgets.euShareIn', { version: to })}</dt>
          <dd>{money.money(comparison.toEuShare)}</dd>
        </div>
      </dl>
      <ScrollTable label={t('budgets.comparedPartners', { from, to })}>
        <table className="table">
          <caption>{t('budgets.comparedPartners', { from, to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.partner')}</th>
              <th scope="col" className="numeric">{t('budgets.totalIn', { version: from })}</th>
              <th scope="col" className="numeric">{t('budgets.totalIn', { version: to })}</th>
              <th scope="col" className="numeric">{t('budgets.euShareIn', { version: from })}</th>
              <th scope="col" className="numeric">{t('budgets.euShareIn', { version: to })}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.partners.map((partner) => (
              <tr key={partner.partnerId}>
                <th scope="row">{name(partner.partnerId)}</th>
                <td className="numeric">{money.amount(partner.fromTotal)}</td>
                <td className="numeric">{money.amount(partner.toTotal)}</td>
                <td className="numeric">{money.amount(partner.fromEuShare)}</td>
                <td className="numeric">{money.amount(partner.toEuShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ScrollTable label={t('budgets.comparedLines', { from, to })}>
        <table className="table">
          <caption>{t('budgets.comparedLines', { from, to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.change')}</th>
              <th scope="col">{t('budgets.description')}</th>
              <th scope="col">{t('budgets.partner')}</th>
              <th scope="col">{t('budgets.category')}</th>
              <th scope="col">{t('budgets.period')}</th>
              <th scope="col" className="numeric">{from}</th>
              <th scope="col" className="numeric">{to}</th>
              <th scope="col" className="numeric">{t('budgets.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((line) => (
              <tr key={line.lineId} className={`budget-change budget-change--${line.change.toLowerCase()}`}>
                <td>{t(`budgetChange.${line.change}`)}</td>
                <th scope="row">{line.description || line.lineId}</th>
                <td>{name(line.partnerId)}</td>
                <td>{categoryLabel(line.category)}</td>
                <td>{line.period}</td>
                <td className="numeric">{money.amount(line.fromAmount)}</td>
                <td className="numeric">{money.amount(line.toAmount)}</td>
                <td className="numeric">{money.amount(line.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
