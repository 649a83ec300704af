/**
 * The frame every create/edit form shares: the problem alert (with the server's errors no field
 * shows), focus on the first invalid field after a failed submit, and the submit and cancel
 * buttons. The form renders only its fields as children.
 */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors, type FieldProblem } from '@/lib/api/problem';
import { BusyButton } from '@/components/busy-button';
import { focusFirstError } from './focus-first-error';

/** The props a record form takes from its create or edit page. */
export interface RecordFormProps<V> {
  values: V;
  onChange: (values: V) => void;
  onSubmit: () => void;
  onCancel: () => void;
  fieldErrors: Record<string, string>;
  error?: unknown;
  submitting: boolean;
  submitLabel: string;
  /** Notices above the fields: a conflict, a duplicate. */
  children?: ReactNode;
}

/** What the shell needs of the form's state: its errors, submitting, and the two actions. */
export type FormShellState = Pick<RecordFormProps<unknown>, 'fieldErrors' | 'error' | 'onSubmit' | 'submitting' | 'submitLabel'> & { onCancel?: () => void };

interface FormShellProps {
  formId: string;
  form: FormShellState;
  /** The fields the form shows; the server's errors on other fields are listed in the alert. */
  fields?: readonly string[];
  /** Instead of `fields`: the errors no field shows, when the form picks them itself. */
  extraErrors?: FieldProblem[];
  /** False when a notice already explains the field errors. */
  summariseFieldErrors?: boolean;
  /** Content above the alert, e.g. the form's heading. */
  header?: ReactNode;
  labelledBy?: string;
  children: ReactNode;
}

export function FormShell(props: FormShellProps) {
  const { formId, form, fields, extraErrors, summariseFieldErrors = true, header, labelledBy, children } = props;
  const { fieldErrors, error, onSubmit, onCancel, submitting, submitLabel } = form;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const errorKey = JSON.stringify(fieldErrors);
  useEffect(() => {
    if (errorKey !== '{}') focusFirstError(formRef.current);
  }, [errorKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = isApiError(error) ? error.problem : undefined;
  const unshown = extraErrors ?? (fields ? unmatchedFieldErrors(problem, fields) : undefined);

  return (
    <form ref={formRef} id={formId} className="form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      {header}
      <ProblemAlert error={error} hasFieldErrors={summariseFieldErrors && errorKey !== '{}'} extraErrors={unshown} />
      {children}
      <div className="button-row">
        <BusyButton type="submit" busy={submitting}>
          {submitLabel}
        </BusyButton>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** `set('name')(value)`: a setter per field of a form's values. */
export function fieldSetter<V>(values: V, onChange: (values: V) => void) {
  return <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      onChange({ ...values, [key]: value });
}
