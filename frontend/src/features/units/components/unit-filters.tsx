/** Search and filters of the unit list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { UNIT_TYPES } from '@/lib/api/types';

export interface UnitFilterValues {
  q: string;
  type: string;
  active: string;
}

interface UnitFiltersProps {
  initial: UnitFilterValues;
  onApply: (values: UnitFilterValues) => void;
}

export function UnitFilters({ initial, onApply }: UnitFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof UnitFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty = { q: '', type: '', active: '' };
    setValues(empty);
    onApply(empty);
  };
  return (
    <div role="search">
      <form className="filters" onSubmit={submit} noValidate>
        <TextField formId="unit-filter" name="q" type="search" label={t('common.search')} value={values.q} onChange={set('q')} />
        <SelectField
          formId="unit-filter"
          name="type"
          label={t('units.type')}
          value={values.type}
          onChange={set('type')}
          emptyLabel={t('common.all')}
          options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
        />
        <SelectField
          formId="unit-filter"
          name="active"
          label={t('common.status')}
          value={values.active}
          onChange={set('active')}
          emptyLabel={t('common.all')}
          options={[
            { value: 'true', label: t('common.active') },
            { value: 'false', label: t('common.inactive') },
          ]}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('common.applySearch')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('common.clear')}
          </button>
        </div>
      </form>
    </div>
  );
}
