/** Amounts as the server computed them, with two decimals in the user's locale; rates and percentages as given. */
import { useTranslation } from 'react-i18next';
import { localeOf } from '@/lib/i18n/format';
import type { Currency } from '@/lib/api/types';

export function formatAmount(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** "1 904 700,00 kr" in Swedish, "SEK 1,904,700.00" in English; without a currency the bare amount. */
export function formatMoneyExact(value: number, currency: Currency | undefined, language: string): string {
  if (!currency) return formatAmount(value, language);
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** "15 %", "11,5 %": up to four decimals, as the rules state them. */
export function formatPercentOf(value: number, language: string): string {
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 4 }).format(value)}\u00a0%`;
}

const orDash = (value: number | null | undefined, format: (value: number) => string) =>
  value === null || value === undefined ? '–' : format(value);

export function useMoney(currency?: Currency) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return {
    amount: (value: number | null | undefined) => orDash(value, (v) => formatAmount(v, language)),
    /** "1 234,50 SEK": the amount and the currency's code. */
    money: (value: number | null | undefined, other?: Currency) =>
      orDash(value, (v) => `${formatAmount(v, language)}\u00a0${other ?? currency ?? ''}`.trim()),
    /** "1 234,50 kr": the currency as the user's locale writes it. */
    moneyExact: (value: number | null | undefined) => orDash(value, (v) => formatMoneyExact(v, currency, language)),
    /** A rate with four decimals, "11,4830". */
    rate: (value: number) => new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value),
    percent: (value: number) => formatPercentOf(value, language),
    /** A plain number in the user's format, e.g. the planning rate 11,4830. */
    number: (value: number, minimumFractionDigits = 0) =>
      new Intl.NumberFormat(localeOf(language), { minimumFractionDigits, maximumFractionDigits: Math.max(minimumFractionDigits, 4) }).format(value),
  };
}
