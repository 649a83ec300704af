/** The rows of the conflict notice after a 412: the user's budget next to the one saved meanwhile, as people read them. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import type { BudgetSummary, BudgetView, PartnerMemberView } from '@/lib/api/types';
import { contentToForm, type BudgetForm, type PlanForm } from './budget-form-values';
import { formatAmount } from './use-money';

function planText(plan: PlanForm | undefined, t: TFunction): string {
  if (!plan) return '';
  const rates = plan.flatRates.map((rate) => `${t(`flatRateType.${rate.type}`)} ${rate.percent} %`).join(', ');
  const contributions = Object.entries(plan.contributions)
    .filter(([, amount]) => amount?.trim())
    .map(([source, amount]) => `${t(`contributionSource.${source}`)} ${amount}`)
    .join(', ');
  return [`${t('budgets.euRate')} ${plan.euRatePercent} %`, rates, contributions].filter(Boolean).join('; ');
}

function linesText(form: BudgetForm): string {
  return form.lines.map((line, index) => `${index + 1}. ${line.description.trim() || line.category} (${line.period})`).join('; ');
}

export function budgetConflictRows(mine: BudgetForm, mineSummary: BudgetSummary | null, latest: BudgetView, partnership: PartnerMemberView[], t: TFunction, language: string): ConflictRow[] {
  const theirs = contentToForm(latest.content, language);
  const partnerIds = [...new Set([...mine.partners, ...theirs.partners].map((plan) => plan.partnerId))];
  const name = (id: string) => partnership.find((member) => member.organisationId === id)?.legalName ?? t('budgets.unknownPartner');
  return [
    { field: 'currency', label: t('budgets.budgetCurrency'), mine: mine.currency, theirs: theirs.currency },
    { field: 'sekPerEur', label: t('budgets.sekPerEur'), mine: mine.sekPerEur.trim(), theirs: theirs.sekPerEur },
    ...partnerIds.map((id) => ({
      field: `partner-${id}`,
      label: t('budgets.planTitle', { partner: name(id) }),
      mine: planText(mine.partners.find((plan) => plan.partnerId === id), t),
      theirs: planText(theirs.partners.find((plan) => plan.partnerId === id), t),
    })),
    { field: 'lines', label: t('budgets.lines'), mine: linesText(mine), theirs: linesText(theirs) },
    {
      field: 'total',
      label: t('budgets.projectTotal'),
      mine: mineSummary ? formatAmount(mineSummary.total, language) : '',
      theirs: formatAmount(latest.summary.total, language),
    },
  ];
}
