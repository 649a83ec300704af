/** The rate form's values (text as typed), its own checks, and the request it sends. */
import type { TFunction } from 'i18next';
import { fieldKey, type Problem } from '@/lib/api/problem';
import type { ExchangeRateRequest, ExchangeRateView } from '../api/rate-types';

export interface RateFormValues {
  currency: string;
  month: string;
  unitsPerEur: string;
  source: string;
}

export const RATE_FORM_FIELDS = ['currency', 'month', 'unitsPerEur', 'source'] as const;

export function emptyRateForm(month: string): RateFormValues {
  return { currency: 'SEK', month, unitsPerEur: '', source: '' };
}

export function rateToForm(rate: ExchangeRateView): RateFormValues {
  return { currency: rate.currency, month: rate.month, unitsPerEur: String(rate.unitsPerEur), source: rate.source ?? '' };
}

/** A rate typed with a decimal point or a decimal comma ("11,4830"); null when it is not a plain number. */
export function parseRate(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}

/** What the form can tell before asking the server; the server checks the rules (RATE-001…) anyway. */
export function validateRateForm(values: RateFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^[A-Za-z]{3}$/.test(values.currency.trim())) errors.currency = t('exchangeRates.rule.RATE-001');
  if (!/^\d{4}-\d{2}$/.test(values.month.trim())) errors.month = t('exchangeRates.rule.RATE-003');
  if (!values.unitsPerEur.trim()) errors.unitsPerEur = t('form.requiredError');
  else if (parseRate(values.unitsPerEur) === null) errors.unitsPerEur = t('exchangeRates.numberError');
  return errors;
}

export function formToRateRequest(values: RateFormValues): ExchangeRateRequest {
  return { unitsPerEur: parseRate(values.unitsPerEur) ?? 0, source: values.source.trim() || null };
}

/** The key the form's currency and month go to the server under. */
export function rateKeyOf(values: RateFormValues): { currency: string; month: string } {
  return { currency: values.currency.trim().toUpperCase(), month: values.month.trim() };
}

/** The server's field errors in the user's language, by the rule's code (RATE-001…); others as sent. */
export function rateServerErrors(problem: Problem, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of (problem.errors ?? []) as { field: string; message: string; code?: string; params?: Record<string, unknown> }[]) {
    if (!error.code?.startsWith('RATE-')) continue;
    const text = t(`exchangeRates.rule.${error.code}`, error.params ?? {});
    errors[fieldKey(error.field)] = text.includes('{{') ? error.message : text;
  }
  return errors;
}
