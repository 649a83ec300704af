/**
 * Editing a short list of records of text fields (e.g. a twin town's contact persons, a network's
 * members): one group per row with its own remove button, and a button to add a row. Errors are
 * keyed as the server names them: `<list>[<index>].<field>`.
 */
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from './repeatable-rows';
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
  return (
    <RepeatableRows
      value={rows}
      onChange={onChange}
      empty={empty}
      firstFieldId={(index) => `${formId}-${list}-${index}-${fields[0]?.name}`}
      legend={legend}
      rowLegend={(_row, number) => rowLegend(number)}
      removeLabel={(number) => t('form.removeRow', { row: rowLegend(number) })}
      addLabel={addLabel}
      removeInRow
    >
      {(row, index, change) =>
        fields.map((field) => {
          const common = {
            formId: `${formId}-${list}-${index}`,
            name: field.name,
            label: field.label,
            value: row[field.name] ?? '',
            onChange: change(field.name),
            required: field.required,
            error: errors[`${list}[${index}].${field.name}`],
          };
          return field.options ? (
            <SelectField key={field.name} {...common} emptyLabel={t('form.choose')} options={field.options} />
          ) : (
            <TextField key={field.name} {...common} type={field.type ?? 'text'} />
          );
        })
      }
    </RepeatableRows>
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
