/** The fieldset both checkbox groups share: legend, hint, group error, and the checkboxes themselves. */
import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';
import { FieldHint } from './field-shell';
import type { SelectOption } from './select-field';

interface CheckboxFieldsetProps {
  formId: string;
  name: string;
  legend: ReactNode;
  hint?: string;
  error?: string;
  children: ReactNode;
}

export function CheckboxFieldset({ formId, name, legend, hint, error, children }: CheckboxFieldsetProps) {
  const { id, hintId, errorId } = fieldIds(formId, name);
  return (
    <fieldset
      id={id}
      className={error ? 'field field--invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={describedBy(hint && hintId, error && errorId)}
      data-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} message={error} />
      {children}
    </fieldset>
  );
}

interface CheckboxesProps {
  /** The group's id; each checkbox's id is this plus its value. */
  groupId: string;
  name: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
}

export function Checkboxes({ groupId, name, options, value, onChange }: CheckboxesProps) {
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...value, option] : value.filter((item) => item !== option));
  return options.map((option) => {
    const optionId = `${groupId}-${option.value}`;
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
  });
}
