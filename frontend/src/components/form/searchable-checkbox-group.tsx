/**
 * Choosing several of many values: a filter box narrows a list of checkboxes; chosen values stay
 * listed whatever the filter, so nothing chosen is hidden. Keyboard and screen-reader friendly by
 * being plain checkboxes in a fieldset.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes, CheckboxFieldset } from './checkbox-fieldset';
import { fieldIds } from './field-ids';
import type { SelectOption } from './select-field';

interface SearchableCheckboxGroupProps {
  formId: string;
  name: string;
  legend: string;
  filterLabel: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string;
  /** How many unchosen options to list at most before asking to filter. */
  limit?: number;
}

export function SearchableCheckboxGroup(props: SearchableCheckboxGroupProps) {
  const { formId, name, legend, filterLabel, options, value, onChange, hint, error, limit = 30 } = props;
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const { id } = fieldIds(formId, name);
  const needle = filter.trim().toLowerCase();
  const chosen = options.filter((option) => value.includes(option.value));
  const matching = options.filter((option) => !value.includes(option.value) && option.label.toLowerCase().includes(needle));
  const shown = [...chosen, ...matching.slice(0, limit)];
  return (
    <CheckboxFieldset formId={formId} name={name} legend={legend} hint={hint} error={error}>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{filterLabel}</label>
        <input id={`${id}-filter`} type="search" value={filter} autoComplete="off" onChange={(event) => setFilter(event.target.value)} />
      </div>
      <p className="visually-hidden" role="status">
        {t('form.optionsShown', { count: matching.length })}
      </p>
      {shown.length === 0 && <p className="field__hint">{t('form.noOptions')}</p>}
      <Checkboxes groupId={id} name={name} options={shown} value={value} onChange={onChange} />
      {matching.length > limit && <p className="field__hint">{t('form.moreOptions', { count: matching.length - limit })}</p>}
    </CheckboxFieldset>
  );
}
