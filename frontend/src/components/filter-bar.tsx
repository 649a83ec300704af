/**
 * The search and filter bar above a list: the fields are edited freely and applied together on
 * submit (so the address and the list change once), and "Clear" empties and applies at once.
 */
import { useState, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';

type FilterValues<V> = Record<keyof V, string>;
type TextExtras = Omit<ComponentProps<typeof TextField>, 'formId' | 'name' | 'label' | 'value' | 'onChange'>;

export interface FilterControls<V extends FilterValues<V>> {
  formId: string;
  values: V;
  set: (key: keyof V & string) => (value: string) => void;
  /** A select of the filter; its empty option means "all" unless told otherwise. */
  select: (name: keyof V & string, label: string, options: SelectOption[], emptyLabel?: string) => ReactNode;
  /** A text field of the filter; the free-text search is `text('q', t('common.search'), { type: 'search' })`. */
  text: (name: keyof V & string, label: string, extra?: TextExtras) => ReactNode;
}

interface FilterBarProps<V extends FilterValues<V>> {
  formId: string;
  initial: V;
  empty: V;
  onApply: (values: V) => void;
  /** Tidies the values before they are applied, e.g. trims. */
  tidy?: (values: V) => V;
  applyLabel?: string;
  /** The search landmark's name, when the page has more than one. */
  label?: string;
  children: (filter: FilterControls<V>) => ReactNode;
}

export function FilterBar<V extends FilterValues<V>>({ formId, initial, empty, onApply, tidy, applyLabel, label, children }: FilterBarProps<V>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof V & string) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(tidy ? tidy(values) : values);
  };
  const clear = () => {
    setValues(empty);
    onApply(empty);
  };
  const controls: FilterControls<V> = {
    formId,
    values,
    set,
    select: (name, label, options, emptyLabel) => (
      <SelectField formId={formId} name={name} label={label} value={values[name]} onChange={set(name)} emptyLabel={emptyLabel ?? t('common.all')} options={options} />
    ),
    text: (name, label, extra = {}) => <TextField formId={formId} name={name} label={label} value={values[name]} onChange={set(name)} {...extra} />,
  };
  return (
    <div role="search" aria-label={label}>
      <form className="filters" onSubmit={submit} noValidate>
        {children(controls)}
        <div className="filters__actions">
          <button type="submit" className="button">
            {applyLabel ?? t('common.applySearch')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('common.clear')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The units as filter options, by name. */
export function unitFilterOptions(units: { id: string; name: string }[]): SelectOption[] {
  return units.map((unit) => ({ value: unit.id, label: unit.name }));
}

/** "Active" and "Inactive" as filter options ("true"/"false"). */
export function activeFilterOptions(t: (key: string) => string): SelectOption[] {
  return [
    { value: 'true', label: t('common.active') },
    { value: 'false', label: t('common.inactive') },
  ];
}
