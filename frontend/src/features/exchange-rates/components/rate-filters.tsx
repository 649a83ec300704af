/** Currency and month-range filters of the rate list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar } from '@/components/filter-bar';

export interface RateFilterValues {
  currency: string;
  fromMonth: string;
  toMonth: string;
}

const EMPTY: RateFilterValues = { currency: '', fromMonth: '', toMonth: '' };
const tidy = (values: RateFilterValues) => ({ currency: values.currency.trim().toUpperCase(), fromMonth: values.fromMonth.trim(), toMonth: values.toMonth.trim() });

export function RateFilters({ initial, onApply }: { initial: RateFilterValues; onApply: (values: RateFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar formId="rate-filter" initial={initial} empty={EMPTY} onApply={onApply} tidy={tidy} label={t('exchangeRates.filtersLabel')}>
      {(filter) => (
        <>
          {filter.text('currency', t('exchangeRates.currency'), { maxLength: 3, autoComplete: 'off' })}
          {filter.text('fromMonth', t('exchangeRates.fromMonth'), { hint: t('exchangeRates.monthFormat'), maxLength: 7, autoComplete: 'off' })}
          {filter.text('toMonth', t('exchangeRates.toMonth'), { hint: t('exchangeRates.monthFormat'), maxLength: 7, autoComplete: 'off' })}
        </>
      )}
    </FilterBar>
  );
}
