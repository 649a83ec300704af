/** A fieldset of checkboxes for choosing several values, with a group error. */
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';
import type { SelectOption } from './select-field';

interface CheckboxGroupProps {
  formId: string;
  name: string;
  legend: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  required?: boolean;
  hint?: string;
  error?: string;
}

export function CheckboxGroup({ formId, name, legend, options, value, onChange, required, hint, error }: CheckboxGroupProps) {
  const { t } = useTranslation();
  const { id, hintId, errorId } = fieldIds(formId, name);
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((item) => item !== option));
  return (
    <fieldset
      id={id}
      className={error ? 'field field--invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={describedBy(hint && hintId, error && errorId)}
      data-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend>
        {legend}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
