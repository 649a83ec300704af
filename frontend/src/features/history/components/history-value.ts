/** Makes a stored value readable: enum names translated, dates and booleans per language. */
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '@/lib/i18n/format';

const ENUM_PREFIXES = ['contactRole', 'unitType', 'fund', 'costCategory', 'flatRateType', 'currencyConversion', 'applicantType', 'organisationType'];
/** Fields whose values are unit ids. */
const UNIT_FIELDS = ['unitId', 'parentId'];

export function historyFieldLabel(field: string, t: TFunction): string {
  return t(`history.fields.${field}`, { defaultValue: field });
}

export function historyValue(
  field: string,
  value: string | null | undefined,
  t: TFunction,
  language: string,
  unitNames: Record<string, string> = {},
): string {
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (UNIT_FIELDS.includes(field)) return unitNames[value] ?? value;
  if (value === 'true') return t('common.yes');
  if (value === 'false') return t('common.no');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, language);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value, language);
  const tokens = value.replace(/^\[|\]$/g, '').split(',').map((token) => token.trim());
  const translated = tokens.map((token) => {
    for (const prefix of ENUM_PREFIXES) {
      const key = `${prefix}.${token}`;
      if (/^[A-Z_]+$/.test(token) && t(key, { defaultValue: '' })) return t(key);
    }
    return token;
  });
  return translated.join(', ');
}
