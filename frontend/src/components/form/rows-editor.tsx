/**
 * Editing a short list of records of text fields (e.g. a twin town's contact persons, a network's
 * members): one group per row with its own remove button, and a button to add a row. Errors are
 * keyed as the server names them: `<list>[<index>].<field>`.
 */
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from './select-field';
import { TextField } from './text-field';

export interface RowFieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel';
  /** A select instead of a text field. */
  options?: SelectOption[];
  required?: boolean;
}

export type Row = Record<string, string>;

interface RowsEditorProps {
  formId: string;
  /** The list's name in the request, e.g. "contacts". */
  list: string;
  legend: string;
  /** The legend of one row, e.g. "Kontaktperson 2". */
  rowLegend: (index: number) => string;
  fields: RowFieldSpec[];
  rows: Row[];
  onChange: (rows: Row[]) => void;
  addLabel: string;
  errors: Record<string, string>;
}

export function RowsEditor({ formId, list, legend, rowLegend, fields, rows, onChange, addLabel, errors }: RowsEditorProps) {
  const { t } = useTranslation();
  const empty = (): Row => Object.fromEntries(fields.map((field) => [field.name, '']));
  const set = (index: number, name: string) => (value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [name]: value } : row)));
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        // Rows have no identity of their own; their place in the list is what the server names too.
        <fieldset key={index} className="field-group">
          <legend>{rowLegend(index + 1)}</legend>
          {fields.map((field) =>
            field.options ? (
              <SelectField
                key={field.name}
                formId={`${formId}-${list}-${index}`}
                name={field.name}
                label={field.label}
                value={row[field.name] ?? ''}
                onChange={set(index, field.name)}
                emptyLabel={t('form.choose')}
                options={field.options}
                required={field.required}
                error={errors[`${list}[${index}].${field.name}`]}
              />
            ) : (
              <TextField
                key={field.name}
                formId={`${formId}-${list}-${index}`}
                name={field.name}
                type={field.type ?? 'text'}
                label={field.label}
                value={row[field.name] ?? ''}
                onChange={set(index, field.name)}
                required={field.required}
                error={errors[`${list}[${index}].${field.name}`]}
              />
            ),
          )}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t('form.removeRow', { row: rowLegend(index + 1) })}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => onChange([...rows, empty()])}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}

/** The rows' own checks: every required field filled. */
export function rowErrors(list: string, fields: RowFieldSpec[], rows: Row[], message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, index) =>
    fields.forEach((field) => {
      if (field.required && !(row[field.name] ?? '').trim()) errors[`${list}[${index}].${field.name}`] = message;
    }),
  );
  return errors;
}
