/** Field errors of a form: the client's own required-field checks first, else the server's. */
import { useState } from 'react';
import { fieldErrorsOf, isApiError, type Problem } from '@/lib/api/problem';

/** `nested` maps server errors of nested properties (e.g. "rules.flatRates[1].maxPercent") to the form's own keys. */
export function useFormErrors(serverError: unknown, nested?: (problem: Problem) => Record<string, string>) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const fieldErrors =
    Object.keys(clientErrors).length > 0
      ? clientErrors
      : isApiError(serverError) && serverError.status !== 412
        ? { ...fieldErrorsOf(serverError.problem), ...nested?.(serverError.problem) }
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
