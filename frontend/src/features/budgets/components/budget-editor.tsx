/**
 * The budget per partner (lead partner first): its grid of categories × periods, its plan and its lines,
 * editable in place unless read only; the project's totals above. Figures are the server's (saved or
 * previewed); violations stand at their line or partner.
 */
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { CURRENCIES, type BudgetSummary, type BudgetViolation, type PartnerMemberView, type RuleSet } from '@/lib/api/types';
import { emptyLine, emptyPlan, parseNumber, type BudgetForm, type LineForm, type PlanForm } from './budget-form-values';
import { BudgetGrid } from './budget-grid';
import { BudgetLineRow } from './budget-line-row';
import { BudgetProjectTotals } from './budget-project-totals';
import { placeViolations } from './budget-violations';
import { PartnerPlanPanel } from './partner-plan';
import { useMoney } from './use-money';
import { ViolationList } from './violation-list';

interface BudgetEditorProps {
  form: BudgetForm;
  onChange?: (form: BudgetForm) => void;
  summary: BudgetSummary | null;
  periods: number;
  rules: RuleSet;
  partnership: PartnerMemberView[];
  violations: BudgetViolation[];
  readOnly: boolean;
  /** The project's total and EU share as figures; off where a summary bar shows them. */
  figures?: boolean;
  /** The preview is recalculating: the server's remainder may be stale. */
  pending?: boolean;
}

export function BudgetEditor({ form, onChange = () => {}, summary, periods, rules, partnership, violations, readOnly, figures = true, pending = false }: BudgetEditorProps) {
  const { t } = useTranslation();
  const money = useMoney(form.currency);
  const placed = placeViolations(violations, form);
  const nameOf = (partnerId: string) => partnership.find((member) => member.organisationId === partnerId)?.legalName ?? t('budgets.unknownPartner');
  const order = (partnerId: string) => {
    const index = partnership.findIndex((member) => member.organisationId === partnerId);
    return index < 0 ? partnership.length : index;
  };
  const plans = [...form.partners].sort((a, b) => order(a.partnerId) - order(b.partnerId));
  const missing = partnership.filter((member) => !form.partners.some((plan) => plan.partnerId === member.organisationId));
  const firstCategory = rules.costCategories[0] ?? 'STAFF';

  const setPlan = (plan: PlanForm) => onChange({ ...form, partners: form.partners.map((candidate) => (candidate.partnerId === plan.partnerId ? plan : candidate)) });
  const setLine = (line: LineForm) => onChange({ ...form, lines: form.lines.map((candidate) => (candidate.id === line.id ? line : candidate)) });
  const removeLine = (id: string) => onChange({ ...form, lines: form.lines.filter((line) => line.id !== id) });
  const addLine = (partnerId: string) => onChange({ ...form, lines: [...form.lines, emptyLine(partnerId, firstCategory, form.currency)] });
  const addPlan = (partnerId: string) => onChange({ ...form, partners: [...form.partners, emptyPlan(partnerId)] });
  const removePlan = (partnerId: string) =>
    onChange({ ...form, partners: form.partners.filter((plan) => plan.partnerId !== partnerId), lines: form.lines.filter((line) => line.partnerId !== partnerId) });

  return (
    <div className="budget-editor">
      {readOnly ? (
        <p>
          {t('budgets.currencyIs', { currency: form.currency })}
          {form.sekPerEur && ` ${t('budgets.planningRateIs', { rate: money.number(parseNumber(form.sekPerEur) ?? 0, 4) })}`}
        </p>
      ) : (
        <div className="budget-general">
          <SelectField
            formId="budget"
            name="currency"
            label={t('budgets.budgetCurrency')}
            value={form.currency}
            options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
            onChange={(value) => onChange({ ...form, currency: value as BudgetForm['currency'] })}
          />
          <TextField
            formId="budget"
            name="sekPerEur"
            label={t('budgets.sekPerEur')}
            hint={t('budgets.sekPerEurHint')}
            value={form.sekPerEur}
            inputMode="decimal"
            onChange={(value) => onChange({ ...form, sekPerEur: value })}
          />
        </div>
      )}
      {placed.general.length > 0 && (
        <div className="alert alert--error">
          <p className="alert__title">{t('budgets.generalViolations')}</p>
          <ViolationList violations={placed.general} currency={form.currency} />
        </div>
      )}
      {summary && (
        <section className="section" aria-labelledby="budget-project-title">
          <h2 id="budget-project-title">{t('budgets.projectTitle')}</h2>
          <BudgetProjectTotals summary={summary} figures={figures} />
        </section>
      )}
      {plans.map((plan) => {
        const name = nameOf(plan.partnerId);
        const lines = form.lines.filter((line) => line.partnerId === plan.partnerId);
        const headingId = `budget-partner-${plan.partnerId}`;
        return (
          <section key={plan.partnerId} className="section budget-partner" aria-labelledby={headingId}>
            <div className="section__header">
              <h2 id={headingId}>{name}</h2>
              {!readOnly && (
                <button type="button" className="button button--secondary" onClick={() => removePlan(plan.partnerId)}>
                  {t('budgets.removePartner', { partner: name })}
                </button>
              )}
            </div>
            {summary && <BudgetGrid partnerId={plan.partnerId} partnerName={name} summary={summary} periods={periods} categories={rules.costCategories} />}
            <PartnerPlanPanel plan={plan} partnerName={name} rules={rules} summary={summary} violations={placed.partners.get(plan.partnerId)} readOnly={readOnly} pending={pending} onChange={setPlan} />
            <h3>{t('budgets.linesOf', { partner: name })}</h3>
            {lines.length === 0 ? (
              <p>{t('budgets.noLines')}</p>
            ) : (
              <ol className="budget-lines" aria-label={t('budgets.linesOf', { partner: name })}>
                {lines.map((line) => (
                  <BudgetLineRow
                    key={line.id}
                    line={line}
                    number={form.lines.indexOf(line) + 1}
                    categories={rules.costCategories}
                    periods={periods}
                    amount={summary?.lines.find((row) => row.lineId === line.id)?.amount}
                    budgetCurrency={form.currency}
                    violations={placed.lines.get(line.id)}
                    readOnly={readOnly}
                    onChange={setLine}
                    onRemove={() => removeLine(line.id)}
                  />
                ))}
              </ol>
            )}
            {!readOnly && (
              <button type="button" className="button button--secondary" onClick={() => addLine(plan.partnerId)}>
                {t('budgets.addLine', { partner: name })}
              </button>
            )}
          </section>
        );
      })}
      {!readOnly && missing.length > 0 && (
        <section className="section" aria-labelledby="budget-missing-title">
          <h2 id="budget-missing-title">{t('budgets.notInBudget')}</h2>
          <ul className="plain-list">
            {missing.map((member) => (
              <li key={member.organisationId}>
                <button type="button" className="button button--secondary" onClick={() => addPlan(member.organisationId)}>
                  {t('budgets.addPartner', { partner: member.legalName })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
