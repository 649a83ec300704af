/** Dates and numbers per language: sv-SE or en-GB. */
import { useTranslation } from 'react-i18next';

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

/** Formats a calendar date "YYYY-MM-DD" without any time-zone shift. */
export function formatDate(isoDate: string | null | undefined, language: string): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoTimestamp: string | null | undefined, language: string): string {
  if (!isoTimestamp) return '';
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** An amount in a currency as the server gave it (no rounding beyond the currency's own). */
export function formatMoney(value: number, currency: 'EUR' | 'SEK', language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** A percentage the server computed, e.g. 85 → "85 %". */
export function formatPercent(value: number, language: string): string {
  return `${formatNumber(value, language)}\u00a0%`;
}

/** The formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return {
    date: (value: string | null | undefined) => formatDate(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
    number: (value: number) => formatNumber(value, language),
    money: (value: number, currency: 'EUR' | 'SEK') => formatMoney(value, currency, language),
    percent: (value: number) => formatPercent(value, language),
    language,
  };
}
