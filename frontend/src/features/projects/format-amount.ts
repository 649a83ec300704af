/** An amount as the server gave it, with two decimals in the user's locale. */
import { localeOf } from '@/lib/i18n/format';

export function formatAmount(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
