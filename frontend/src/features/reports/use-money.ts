/** Amounts as the server computed them, with two decimals in the user's locale (as the budget shows them). */
import { useTranslation } from 'react-i18next';
import { localeOf } from '@/lib/i18n/format';
import type { Currency } from '@/lib/api/types';

export function formatAmount(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function useMoney(currency?: Currency) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return {
    amount: (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatAmount(value, language)),
    /** "1 234,50 SEK" */
    money: (value: number | null | undefined, other?: Currency) =>
      value === null || value === undefined ? '–' : `${formatAmount(value, language)}\u00a0${other ?? currency ?? ''}`.trim(),
    /** A rate with four decimals, "11,4830". */
    rate: (value: number) => new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value),
  };
}
