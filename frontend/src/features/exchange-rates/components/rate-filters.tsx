/** Currency and month-range filters of the rate list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';

export interface RateFilterValues {
  currency: string;
  fromMonth: string;
  toMonth: string;
}

export function RateFilters({ initial, onApply }: { initial: RateFilterValues; onApply: (values: RateFilterValues) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof RateFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ currency: values.currency.trim().toUpperCase(), fromMonth: values.fromMonth.trim(), toMonth: values.toMonth.trim() });
  };
  const clear = () => {
    const empty = { currency: '', fromMonth: '', toMonth: '' };
    setValues(empty);
    onApply(empty);
  };
  return (
    <div role="search" aria-label={t('exchangeRates.filtersLabel')}>
      <form className="filters" onSubmit={submit} noValidate>
        <TextField formId="rate-filter" name="currency" label={t('exchangeRates.currency')} value={values.currency} onChange={set('currency')} maxLength={3} autoComplete="off" />
        <TextField formId="rate-filter" name="fromMonth" label={t('exchangeRates.fromMonth')} hint={t('exchangeRates.monthFormat')} value={values.fromMonth} onChange={set('fromMonth')} maxLength={7} autoComplete="off" />
        <TextField formId="rate-filter" name="toMonth" label={t('exchangeRates.toMonth')} hint={t('exchangeRates.monthFormat')} value={values.toMonth} onChange={set('toMonth')} maxLength={7} autoComplete="off" />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('common.applySearch')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('common.clear')}
          </button>
        </div>
      </form>
    </div>
  );
}
