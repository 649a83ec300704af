/** A fieldset of checkboxes for choosing several values, with a group error. */
import { Checkboxes, CheckboxFieldset } from './checkbox-fieldset';
import { fieldIds } from './field-ids';
import { RequiredMark } from './field-shell';
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
  const legendText = (
    <>
      {legend}
      <RequiredMark required={required} />
    </>
  );
  return (
    <CheckboxFieldset formId={formId} name={name} legend={legendText} hint={hint} error={error}>
      <Checkboxes groupId={fieldIds(formId, name).id} name={name} options={options} value={value} onChange={onChange} />
    </CheckboxFieldset>
  );
}
