/**
 * What every labelled field shares: the label with its "required" mark, the hint, the error, and
 * the ids that tie them to the control. The field itself renders only its control.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';

/** The attributes the control needs so that its label, hint and error are announced with it. */
export interface ControlAttributes {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldShellProps {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlAttributes) => ReactNode;
}

export function FieldShell({ formId, name, label, hint, error, required, children }: FieldShellProps) {
  const { id, hintId, errorId } = fieldIds(formId, name);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hint && hintId, error && errorId),
      })}
    </div>
  );
}

export function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  return required ? <span className="field__required"> ({t('form.required')})</span> : null;
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={id} className="field__hint">
      {hint}
    </p>
  ) : null;
}
