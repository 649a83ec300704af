/** A labelled file input with hint and error; the parent reads the chosen file. */
import type { ChangeEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';

interface FileFieldProps {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  accept?: string;
  required?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange: (file: File | null) => void;
}

export function FileField({ formId, name, label, hint, error, accept, required, inputRef, onChange }: FileFieldProps) {
  const { t } = useTranslation();
  const { id, hintId, errorId } = fieldIds(formId, name);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
