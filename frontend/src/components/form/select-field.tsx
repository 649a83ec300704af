/** A labelled select with optional error. */
import type { SelectHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'onChange' | 'value'> {
  formId: string;
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** Label of an empty first option, e.g. "All" in a filter or "Choose…" in a form. */
  emptyLabel?: string;
  hint?: string;
  error?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { formId, name, label, value, options, onChange, emptyLabel, hint, error, required, ...rest } = props;
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...rest} {...control} name={name} value={value} required={required} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
