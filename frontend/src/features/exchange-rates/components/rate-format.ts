/** Months and rates as people read them: "november 2026", "11,4830" (InforEuro quotes at least 4 decimals). */
import { useTranslation } from 'react-i18next';
import { localeOf } from '@/lib/i18n/format';

export function formatMonth(month: string, language: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatRate(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 4, maximumFractionDigits: 6 }).format(value);
}

/** The current month in Stockholm, YYYY-MM: what a new rate is usually for. */
export function currentMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', timeZone: 'Europe/Stockholm' }).format(now);
  return parts.slice(0, 7);
}

export function useRateFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return {
    month: (month: string) => formatMonth(month, language),
    rate: (value: number) => formatRate(value, language),
  };
}
