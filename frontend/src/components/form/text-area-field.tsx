/** A labelled multi-line text field with optional hint and error. */
import type { TextareaHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

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
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <textarea {...rest} {...control} name={name} rows={rows} value={value} required={required} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}
