/**
 * A stable code's words in the user's language, with the figures the server sent as `params`
 * (limits, amounts, dates) written in the user's number and date format. The codes are the
 * contract's `ProblemCode` enum; each has its text in errors.code (code-texts.test.ts checks).
 */
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../i18n/format';

export type CodeParams = Record<string, string | number>;

/** Figures that are names or years, not quantities: said as sent (2026, not 2 026). */
const VERBATIM = new Set(['year', 'code', 'identifier', 'currency', 'category']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatParams(params: CodeParams | undefined, language: string): Record<string, string> {
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (VERBATIM.has(name)) formatted[name] = String(value);
    else if (typeof value === 'number') formatted[name] = formatNumber(value, language);
    else if (ISO_DATE.test(value)) formatted[name] = formatDate(value, language);
    else formatted[name] = value;
  }
  return formatted;
}

interface Translator {
  t: TFunction;
  exists: (key: string) => boolean;
  language: string;
}

/**
 * The text under `prefix.<code>` with the params filled in, or undefined when the SPA has none or the
 * answer lacks a figure the text names (then the caller shows the server's own words). A code that one
 * rule gives to two fields with different figures (REPORT-011: spentOn, vatAmount) has a text per field,
 * `prefix.<code>_<field>` (the field's last name), tried first.
 */
export function codeText(
  { t, exists, language }: Translator,
  prefix: 'errors.code' | 'errors.field',
  code: string | undefined,
  params?: CodeParams,
  field?: string,
): string | undefined {
  if (!code) return undefined;
  const keys = [field ? `${prefix}.${code}_${field.replace(/^.*[.\]]/, '')}` : undefined, `${prefix}.${code}`];
  for (const key of keys) {
    if (!key || !exists(key)) continue;
    const text = t(key, formatParams(params, language));
    if (!text.includes('{{')) return text;
  }
  return undefined;
}
