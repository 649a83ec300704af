/** A labelled multi-line text field with optional hint and error. */
import type { TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'onChange' | 'value'> {
  formId: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

export function TextAreaField({ formId, name, label, value, onChange, hint, error, required, rows = 5, ...rest }: TextAreaFieldProps) {
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
      <textarea
        {...rest}
        id={id}
        name={name}
        rows={rows}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
