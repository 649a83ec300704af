/** A labelled select with optional error. */
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';

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
      <select
        {...rest}
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
