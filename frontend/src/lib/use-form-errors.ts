/** Field errors of a form: the client's own required-field checks first, else the server's. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeText } from '@/lib/api/code-text';
import { fieldErrorsOf, isApiError, type FieldProblem, type Problem } from '@/lib/api/problem';

/**
 * The SPA's words for a field error's code, its params in the user's format: the field's own wording
 * (errors.field.<code>) where there is one, else the code's (errors.code.<code>, which every code of the
 * contract has); the server's English message only for a code the SPA does not know.
 */
export function useFieldMessage(): (error: FieldProblem) => string {
  const { t, i18n } = useTranslation();
  const translator = { t, exists: (key: string) => i18n.exists(key), language: i18n.resolvedLanguage ?? 'sv' };
  return (error) =>
    codeText(translator, 'errors.field', error.code, error.params, error.field) ??
    codeText(translator, 'errors.code', error.code, error.params) ??
    error.message;
}

/** `nested` maps server errors of nested properties (e.g. "rules.flatRates[1].maxPercent") to the form's own keys. */
export function useFormErrors(serverError: unknown, nested?: (problem: Problem) => Record<string, string>) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const messageOf = useFieldMessage();
  const fieldErrors =
    Object.keys(clientErrors).length > 0
      ? clientErrors
      : isApiError(serverError) && serverError.status !== 412
        ? { ...fieldErrorsOf(serverError.problem, messageOf), ...nested?.(serverError.problem) }
        : {};

  /** Records the client's errors; true when there are none and the form may be sent. */
  const check = (errors: Record<string, string>): boolean => {
    setClientErrors(errors);
    return Object.keys(errors).length === 0;
  };

  return { fieldErrors, check };
}

/** The error to show in the form's alert: not a 412, which the conflict notice handles. */
export function alertError(error: unknown): unknown {
  return isApiError(error, 412) ? undefined : error;
}
