/** Form of a month's rate: currency and month (fixed when editing), units per euro and source. */
import { useTranslation } from 'react-i18next';
import { FormShell, type RecordFormProps } from '@/components/form/form-shell';
import { TextField } from '@/components/form/text-field';
import { RATE_FORM_FIELDS, type RateFormValues } from './rate-form-values';

interface RateFormProps extends RecordFormProps<RateFormValues> {
  /** Editing a recorded rate: its currency and month are its identity and cannot change. */
  keyFixed: boolean;
}

const FORM_ID = 'rate-form';

export function RateForm(props: RateFormProps) {
  const { values, onChange, keyFixed, fieldErrors, children } = props;
  const { t } = useTranslation();
  const set = (key: keyof RateFormValues) => (value: string) => onChange({ ...values, [key]: value });

  return (
    <FormShell formId={FORM_ID} form={props} fields={RATE_FORM_FIELDS}>
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
    </FormShell>
  );
}
