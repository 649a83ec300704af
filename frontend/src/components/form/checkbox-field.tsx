/** A single labelled checkbox (yes/no). */
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';

interface CheckboxFieldProps {
  formId: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

export function CheckboxField({ formId, name, label, checked, onChange, error }: CheckboxFieldProps) {
  const { id, errorId } = fieldIds(formId, name);
  return (
    <div className={error ? 'field field--invalid checkbox' : 'field checkbox'}>
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
