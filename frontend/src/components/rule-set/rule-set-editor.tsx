/** Editing a rule set inside a form: checkboxes for what is allowed, number fields for the limits. */
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { FieldError } from '@/components/form/field-error';
import { describedBy, fieldIds } from '@/components/form/field-ids';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { COST_CATEGORIES, CURRENCY_CONVERSIONS, FLAT_RATE_TYPES, type FlatRateType } from '@/lib/api/types';
import type { RuleSetFormValues } from './rule-set-values';

interface RuleSetEditorProps {
  formId: string;
  legend: string;
  hint?: string;
  values: RuleSetFormValues;
  onChange: (values: RuleSetFormValues) => void;
  errors: Record<string, string>;
}

export function RuleSetEditor({ formId, legend, hint, values, onChange, errors }: RuleSetEditorProps) {
  const { t } = useTranslation();
  const set = <K extends keyof RuleSetFormValues>(key: K) => (value: RuleSetFormValues[K]) => onChange({ ...values, [key]: value });
  const hintId = `${formId}-rules-hint`;
  return (
    <fieldset className="field-group" aria-describedby={describedBy(hint && hintId)}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={`${formId}-rules-error`} message={errors.rules} />
      <CheckboxGroup
        formId={formId}
        name="costCategories"
        legend={t('rules.costCategories')}
        options={COST_CATEGORIES.map((category) => ({ value: category, label: t(`costCategory.${category}`) }))}
        value={values.costCategories}
        onChange={(value) => set('costCategories')(value as RuleSetFormValues['costCategories'])}
        error={errors.costCategories}
      />
      <FlatRatesEditor formId={formId} values={values} onChange={onChange} errors={errors} />
      <TextField
        formId={formId}
        name="maxCoFinancingPercent"
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        label={t('rules.maxCoFinancingPercentLabel')}
        value={values.maxCoFinancingPercent}
        onChange={set('maxCoFinancingPercent')}
        required
        error={errors.maxCoFinancingPercent}
      />
      <SelectField
        formId={formId}
        name="currencyConversion"
        label={t('rules.currencyConversion')}
        value={values.currencyConversion}
        onChange={(value) => set('currencyConversion')(value as RuleSetFormValues['currencyConversion'])}
        emptyLabel={t('form.choose')}
        options={CURRENCY_CONVERSIONS.map((value) => ({ value, label: t(`currencyConversion.${value}`) }))}
        required
        error={errors.currencyConversion}
      />
      <TextField formId={formId} name="reportingPeriodMonths" type="number" min={1} step={1} label={t('rules.reportingPeriodMonthsLabel')} value={values.reportingPeriodMonths} onChange={set('reportingPeriodMonths')} required error={errors.reportingPeriodMonths} />
      <TextField formId={formId} name="retentionYears" type="number" min={0} step={1} label={t('rules.retentionYearsLabel')} value={values.retentionYears} onChange={set('retentionYears')} required error={errors.retentionYears} />
      <TextField formId={formId} name="stateAidRetentionYears" type="number" min={0} step={1} label={t('rules.stateAidRetentionYearsLabel')} value={values.stateAidRetentionYears} onChange={set('stateAidRetentionYears')} required error={errors.stateAidRetentionYears} />
      <TextField formId={formId} name="eligibleUntil" type="date" label={t('rules.eligibleUntilLabel')} value={values.eligibleUntil} onChange={set('eligibleUntil')} error={errors.eligibleUntil} />
    </fieldset>
  );
}

function FlatRatesEditor({ formId, values, onChange, errors }: Omit<RuleSetEditorProps, 'legend' | 'hint'>) {
  const { t } = useTranslation();
  const { id, errorId } = fieldIds(formId, 'flatRates');
  const setRate = (type: FlatRateType, value: string | undefined) => {
    const flatRates = { ...values.flatRates };
    if (value === undefined) delete flatRates[type];
    else flatRates[type] = value;
    onChange({ ...values, flatRates });
  };
  return (
    <fieldset
      id={id}
      className={errors.flatRates ? 'field field--invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={describedBy(errors.flatRates && errorId)}
      data-invalid={errors.flatRates ? true : undefined}
      tabIndex={-1}
    >
      <legend>{t('rules.flatRates')}</legend>
      <FieldError id={errorId} message={errors.flatRates} />
      {FLAT_RATE_TYPES.map((type) => {
        const allowed = values.flatRates[type] !== undefined;
        const checkboxId = `${id}-${type}`;
        const label = t(`flatRateType.${type}`);
        return (
          <div key={type} className="flat-rate">
            <div className="checkbox">
              <input type="checkbox" id={checkboxId} checked={allowed} onChange={(event) => setRate(type, event.target.checked ? '' : undefined)} />
              <label htmlFor={checkboxId}>{label}</label>
            </div>
            {allowed && (
              <TextField
                formId={formId}
                name={`flatRate-${type}`}
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                step="any"
                label={t('rules.flatRateMaxLabel', { type: label })}
                value={values.flatRates[type] ?? ''}
                onChange={(value) => setRate(type, value)}
                required
                error={errors[`flatRate.${type}`]}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
