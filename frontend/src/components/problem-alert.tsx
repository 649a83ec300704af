/** Shows an API problem (or any error) in an alert at the top of a form or page. */
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from '@/lib/api/problem';
import { codeText } from '@/lib/api/code-text';
import { useFieldMessage } from '@/lib/use-form-errors';

interface ProblemAlertProps {
  error: unknown;
  /** Field errors that no field of the form shows. */
  extraErrors?: FieldProblem[];
  /** Set when the form shows field errors itself. */
  hasFieldErrors?: boolean;
}

function titleKey(status: number | undefined): string {
  switch (status) {
    case 400:
    case 422:
      return 'errors.validation';
    case 401:
      return 'errors.unauthorized';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 412:
      return 'errors.stale';
    case 428:
      return 'errors.preconditionRequired';
    case 503:
      return 'errors.unavailable';
    default:
      return status && status >= 500 ? 'errors.server' : 'errors.generic';
  }
}

export function ProblemAlert({ error, extraErrors = [], hasFieldErrors = false }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const messageOf = useFieldMessage();
  if (!error && !hasFieldErrors) return null;
  // Without an answer from the server, the form's own checks found the errors.
  const status = isApiError(error) ? error.status : error ? undefined : 400;
  // A code the SPA has words for (errors.code.<code>) is said in the user's language, with its figures in the
  // user's format; else the server's detail.
  const problem = isApiError(error) ? error.problem : undefined;
  const translator = { t, exists: (key: string) => i18n.exists(key), language: i18n.resolvedLanguage ?? 'sv' };
  const detail = codeText(translator, 'errors.code', problem?.code, problem?.params) ?? problem?.detail;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{t(titleKey(status))}</p>
      {detail && <p>{detail}</p>}
      {hasFieldErrors && <p>{t('errors.seeFields')}</p>}
      {extraErrors.length > 0 && (
        <ul>
          {extraErrors.map((item, index) => (
            <li key={`${item.field}-${index}`}>{item.field ? `${item.field}: ${messageOf(item)}` : messageOf(item)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
