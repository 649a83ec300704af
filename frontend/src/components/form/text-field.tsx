/** A labelled input with optional hint and error. */
import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'onChange' | 'value'> {
  formId: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

export function TextField({ formId, name, label, value, onChange, hint, error, required, ...rest }: TextFieldProps) {
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => <input {...rest} {...control} name={name} value={value} required={required} onChange={(event) => onChange(event.target.value)} />}
    </FieldShell>
  );
}
