/**
 * Choosing several of many values: a filter box narrows a list of checkboxes; chosen values stay
 * listed whatever the filter, so nothing chosen is hidden. Keyboard and screen-reader friendly by
 * being plain checkboxes in a fieldset.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';
import { describedBy, fieldIds } from './field-ids';
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
  const { id, hintId, errorId } = fieldIds(formId, name);
  const needle = filter.trim().toLowerCase();
  const chosen = options.filter((option) => value.includes(option.value));
  const matching = options.filter((option) => !value.includes(option.value) && option.label.toLowerCase().includes(needle));
  const shown = [...chosen, ...matching.slice(0, limit)];
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...value, option] : value.filter((item) => item !== option));
  return (
    <fieldset
      id={id}
      className={error ? 'field field--invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={describedBy(hint && hintId, error && errorId)}
      data-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      <div className="field">
        <label htmlFor={`${id}-filter`}>{filterLabel}</label>
        <input id={`${id}-filter`} type="search" value={filter} autoComplete="off" onChange={(event) => setFilter(event.target.value)} />
      </div>
      <p className="visually-hidden" role="status">
        {t('form.optionsShown', { count: matching.length })}
      </p>
      {shown.length === 0 && <p className="field__hint">{t('form.noOptions')}</p>}
      {shown.map((option) => {
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
      {matching.length > limit && <p className="field__hint">{t('form.moreOptions', { count: matching.length - limit })}</p>}
    </fieldset>
  );
}
