/** The rows of the conflict notice: the user's rate and source next to the stored ones. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import type { ExchangeRateView } from '../api/rate-types';
import { parseRate, rateToForm, type RateFormValues } from '../components/rate-form-values';

export function rateConflictRows(mine: RateFormValues, latest: ExchangeRateView, t: TFunction, formatRate: (value: number) => string): ConflictRow[] {
  const theirs = rateToForm(latest);
  const myRate = parseRate(mine.unitsPerEur);
  return [
    {
      field: 'unitsPerEur',
      label: t('exchangeRates.unitsPerEur'),
      mine: myRate === null ? mine.unitsPerEur.trim() : formatRate(myRate),
      theirs: formatRate(latest.unitsPerEur),
    },
    { field: 'source', label: t('exchangeRates.source'), mine: mine.source.trim(), theirs: theirs.source },
  ];
}
