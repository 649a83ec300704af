/** Field errors of a form: the client's own required-field checks first, else the server's. */
import { useMemo, useState } from 'react';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';

export function useFormErrors(serverError: unknown) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const fieldErrors = useMemo(() => {
    if (Object.keys(clientErrors).length > 0) return clientErrors;
    return isApiError(serverError) && serverError.status !== 412 ? fieldErrorsOf(serverError.problem) : {};
  }, [clientErrors, serverError]);

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
