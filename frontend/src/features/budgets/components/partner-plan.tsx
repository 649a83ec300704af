/**
 * A partner's plan beside its lines: the flat rates the call allows (up to their maxima), the EU rate,
 * the contributions by source, and the co-financing the server computed (total, EU share, what the
 * contributions must add up to, what they add up to) with the derived flat-rate amounts.
 */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { TextField } from '@/components/form/text-field';
import { CONTRIBUTION_SOURCES, type BudgetSummary, type BudgetViolation, type RuleSet } from '@/lib/api/types';
import { parseNumber, type PlanForm } from './budget-form-values';
import { useCategoryLabel } from './budget-grid';
import { FillRestControl } from './fill-rest-control';
import { ScrollTable } from '@/components/scroll-table';
import { useMoney } from './use-money';
import { useViolationText, ViolationList } from './violation-list';

interface PartnerPlanProps {
  plan: PlanForm;
  partnerName: string;
  rules: RuleSet;
  summary: BudgetSummary | null;
  violations: Record<string, BudgetViolation[]> | undefined;
  readOnly: boolean;
  /** The figures are being recalculated: filling the rest waits for them. */
  pending?: boolean;
  onChange: (plan: PlanForm) => void;
}

export function PartnerPlanPanel({ plan, partnerName, rules, summary, violations, readOnly, pending = false, onChange }: PartnerPlanProps) {
  const { t } = useTranslation();
  const money = useMoney(summary?.currency);
  const categoryLabel = useCategoryLabel();
  const formId = `plan-${plan.partnerId}`;
  const text = useViolationText(summary?.currency);
  const errorOf = (field: string) => {
    const found = violations?.[field];
    return found?.length ? found.map(text).join(' ') : undefined;
  };
  const totals = summary?.partners.find((partner) => partner.partnerId === plan.partnerId);
  const flatRates = (summary?.flatRates ?? []).filter((rate) => rate.partnerId === plan.partnerId);
  const other = Object.entries(violations ?? {})
    .filter(([field]) => !['flatRates', 'euRatePercent', 'contributions'].includes(field))
    .flatMap(([, list]) => list);
  const setRate = (type: PlanForm['flatRates'][number]['type'], chosen: boolean, percent: string) => {
    const rest = plan.flatRates.filter((rate) => rate.type !== type);
    onChange({ ...plan, flatRates: chosen ? [...rest, { type, percent }] : rest });
  };

  return (
    <div className="budget-plan">
      <h3>{t('budgets.planTitle', { partner: partnerName })}</h3>
      <ViolationList violations={other} currency={summary?.currency} />
      <fieldset className="field-group">
        <legend>{t('budgets.flatRates')}</legend>
        <ViolationList violations={violations?.flatRates} currency={summary?.currency} />
        {rules.flatRates.length === 0 && <p>{t('budgets.noFlatRates')}</p>}
        {rules.flatRates.map((limit) => {
          const chosen = plan.flatRates.find((rate) => rate.type === limit.type);
          const label = t('budgets.flatRateAtMost', { type: t(`flatRateType.${limit.type}`), max: money.percent(limit.maxPercent) });
          if (readOnly) return chosen ? <p key={limit.type}>{`${t(`flatRateType.${limit.type}`)}: ${money.percent(parseNumber(chosen.percent) ?? 0)}`}</p> : null;
          return (
            <div key={limit.type} className="budget-plan__rate">
              <CheckboxField formId={formId} name={`rate-${limit.type}`} label={label} checked={!!chosen} onChange={(checked) => setRate(limit.type, checked, String(limit.maxPercent))} />
              {chosen && (
                <TextField
                  formId={formId}
                  name={`rate-${limit.type}-percent`}
                  label={t('budgets.flatRatePercent', { type: t(`flatRateType.${limit.type}`) })}
                  value={chosen.percent}
                  inputMode="decimal"
                  onChange={(value) => setRate(limit.type, true, value)}
                />
              )}
            </div>
          );
        })}
        {readOnly && plan.flatRates.length === 0 && <p>{t('budgets.noFlatRateChosen')}</p>}
      </fieldset>
      {readOnly ? (
        <p>
          {t('budgets.euRate')}: {money.percent(parseNumber(plan.euRatePercent) ?? 0)}
        </p>
      ) : (
        <TextField
          formId={formId}
          name="euRatePercent"
          label={t('budgets.euRate')}
          hint={t('budgets.euRateHint', { max: money.percent(rules.maxCoFinancingPercent) })}
          value={plan.euRatePercent}
          inputMode="decimal"
          onChange={(value) => onChange({ ...plan, euRatePercent: value })}
          error={errorOf('euRatePercent')}
        />
      )}
      <fieldset className="field-group">
        <legend>{t('budgets.contributions', { currency: summary?.currency ?? '' })}</legend>
        <ViolationList violations={violations?.contributions} currency={summary?.currency} />
        {!readOnly && totals && summary && <FillRestControl plan={plan} totals={totals} currency={summary.currency} pending={pending} onChange={onChange} />}
        {CONTRIBUTION_SOURCES.map((source) =>
          readOnly ? (
            plan.contributions[source] ? (
              <p key={source}>
                {t(`contributionSource.${source}`)}: {money.amount(totals?.contributions.find((row) => row.source === source)?.amount ?? null)}
              </p>
            ) : null
          ) : (
            <TextField
              key={source}
              formId={formId}
              name={`contribution-${source}`}
              label={t(`contributionSource.${source}`)}
              value={plan.contributions[source] ?? ''}
              inputMode="decimal"
              autoComplete="off"
              onChange={(value) => onChange({ ...plan, contributions: { ...plan.contributions, [source]: value } })}
            />
          ),
        )}
      </fieldset>
      {totals && (
        <dl className="details budget-plan__figures" aria-label={t('budgets.coFinancing', { partner: partnerName })}>
          <dt>{t('budgets.partnerTotal')}</dt>
          <dd>{money.money(totals.total)}</dd>
          <dt>{t('budgets.euShareAt', { rate: money.percent(totals.euRatePercent) })}</dt>
          <dd>{money.money(totals.euShare)}</dd>
          <dt>{t('budgets.remainder')}</dt>
          <dd>{money.money(totals.remainder)}</dd>
          <dt>{t('budgets.contributionsTotal')}</dt>
          <dd>{money.money(totals.contributionsTotal)}</dd>
        </dl>
      )}
      {flatRates.length > 0 && (
        <ScrollTable label={t('budgets.flatRateAmounts', { partner: partnerName })}>
          <table className="table">
            <caption>{t('budgets.flatRateAmounts', { partner: partnerName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgets.flatRate')}</th>
                <th scope="col">{t('budgets.period')}</th>
                <th scope="col" className="numeric">{t('budgets.base')}</th>
                <th scope="col" className="numeric">{t('budgets.percent')}</th>
                <th scope="col" className="numeric">{t('budgets.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {flatRates.map((rate) => (
                <tr key={`${rate.type}-${rate.period}`}>
                  <th scope="row">{`${t(`flatRateType.${rate.type}`)} (${categoryLabel(rate.category)})`}</th>
                  <td>{rate.period}</td>
                  <td className="numeric">{money.amount(rate.base)}</td>
                  <td className="numeric">{money.percent(rate.percent)}</td>
                  <td className="numeric">{money.amount(rate.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
