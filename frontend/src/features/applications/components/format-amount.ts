/** A granted amount in euro exactly as the server gave it: formatted per language, never rounded or computed. */
import { localeOf } from '@/lib/i18n/format';

export function formatEuro(value: number, language: string): string {
  // Whole euros without decimals, otherwise cents as given.
  const digits = Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
