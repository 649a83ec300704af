/**
 * "Fyll resten med …": the partner's contributions made to add up with one action, the rest going
 * into the source the user picks; offered whenever they do not add up (after any change of a line),
 * waiting while the figures are being recalculated.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { CONTRIBUTION_SOURCES, type BudgetSummary, type ContributionSource } from '@/lib/api/types';
import type { PlanForm } from './budget-form-values';
import { defaultRestSource, fillRemainder, restFor } from './fill-remainder';
import { useMoney } from './use-money';

interface FillRestProps {
  plan: PlanForm;
  totals: BudgetSummary['partners'][number];
  currency: BudgetSummary['currency'];
  pending: boolean;
  onChange: (plan: PlanForm) => void;
}

export function FillRestControl({ plan, totals, currency, pending, onChange }: FillRestProps) {
  const { t, i18n } = useTranslation();
  const money = useMoney(currency);
  const [source, setSource] = useState<ContributionSource>(() => defaultRestSource(plan));
  if (Math.round(totals.contributionsTotal * 100) === Math.round(totals.remainder * 100)) return null;
  const rest = restFor(plan, source, totals.remainder);
  const formId = `rest-${plan.partnerId}`;
  return (
    <div className="budget-rest">
      <SelectField
        formId={formId}
        name="source"
        label={t('budgets.restSource')}
        value={source}
        options={CONTRIBUTION_SOURCES.map((candidate) => ({ value: candidate, label: t(`contributionSource.${candidate}`) }))}
        onChange={(value) => setSource(value as ContributionSource)}
      />
      {rest === null ? (
        <p className="field__error">{t('budgets.restTooMuch')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => {
              const filled = fillRemainder(plan, source, totals.remainder, i18n.resolvedLanguage ?? 'sv');
              if (filled) onChange(filled);
            }}
          >
            {t('budgets.fillRest', { source: t(`restSource.${source}`) })}
          </button>
          <p className="field__hint">{t('budgets.fillRestTo', { source: t(`restSource.${source}`), amount: money.money(rest) })}</p>
        </>
      )}
    </div>
  );
}
