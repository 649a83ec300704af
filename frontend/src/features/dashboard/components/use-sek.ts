/** Amounts in SEK as the server gave them, to the öre, in the current language. */
import { useTranslation } from 'react-i18next';
import { localeOf } from '@/lib/i18n/format';

export function formatSek(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'SEK', minimumFractionDigits: 2 }).format(value);
}

/** Whole millions or thousands for a chart's axis, e.g. "1,2 mn". */
export function formatSekShort(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function useSek() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return { sek: (value: number) => formatSek(value, language), short: (value: number) => formatSekShort(value, language) };
}
