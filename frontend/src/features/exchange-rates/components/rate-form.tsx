/** Form of a month's rate: currency and month (fixed when editing), units per euro and source. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from '@/components/form/focus-first-error';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { RATE_FORM_FIELDS, type RateFormValues } from './rate-form-values';

interface RateFormProps {
  values: RateFormValues;
  onChange: (values: RateFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  /** Editing a recorded rate: its currency and month are its identity and cannot change. */
  keyFixed: boolean;
  fieldErrors: Record<string, string>;
  error?: unknown;
  submitting: boolean;
  submitLabel: string;
  children?: ReactNode;
}

const FORM_ID = 'rate-form';

export function RateForm(props: RateFormProps) {
  const { values, onChange, onSubmit, onCancel, keyFixed, fieldErrors, error, submitting, submitLabel, children } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof RateFormValues) => (value: string) => onChange({ ...values, [key]: value });

  const errorKey = JSON.stringify(fieldErrors);
  useEffect(() => {
    if (errorKey !== '{}') focusFirstError(formRef.current);
  }, [errorKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = isApiError(error) ? error.problem : undefined;

  return (
    <form ref={formRef} id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert
        error={error}
        hasFieldErrors={Object.keys(fieldErrors).length > 0}
        extraErrors={unmatchedFieldErrors(problem, RATE_FORM_FIELDS)}
      />
      {children}
      {!keyFixed && (
        <>
          <TextField formId={FORM_ID} name="currency" label={t('exchangeRates.currency')} hint={t('exchangeRates.currencyHint')} value={values.currency} onChange={set('currency')} required error={fieldErrors.currency} autoComplete="off" maxLength={3} />
          <TextField formId={FORM_ID} name="month" label={t('exchangeRates.month')} hint={t('exchangeRates.monthHint')} value={values.month} onChange={set('month')} required error={fieldErrors.month} autoComplete="off" maxLength={7} />
        </>
      )}
      <TextField
        formId={FORM_ID}
        name="unitsPerEur"
        label={t('exchangeRates.unitsPerEurOf', { currency: values.currency.trim().toUpperCase() || '…' })}
        hint={t('exchangeRates.unitsPerEurHint')}
        value={values.unitsPerEur}
        onChange={set('unitsPerEur')}
        required
        error={fieldErrors.unitsPerEur}
        inputMode="decimal"
        autoComplete="off"
      />
      <TextField formId={FORM_ID} name="source" label={t('exchangeRates.source')} hint={t('exchangeRates.sourceHint')} value={values.source} onChange={set('source')} error={fieldErrors.source} maxLength={200} autoComplete="off" />
      <div className="button-row">
        <button type="submit" className="button" disabled={submitting} aria-busy={submitting || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
