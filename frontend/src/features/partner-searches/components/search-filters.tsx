/** Filters of the partner search list (unit, status); applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { SEARCH_STATUSES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface SearchFilterValues {
  unitId: string;
  status: string;
}

const EMPTY: SearchFilterValues = { unitId: '', status: '' };
const FORM_ID = 'search-filter';

export function SearchFilters({ initial, units, onApply }: { initial: SearchFilterValues; units: UnitOption[]; onApply: (values: SearchFilterValues) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof SearchFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(EMPTY);
    onApply(EMPTY);
  };
  return (
    <div role="search">
      <form className="filters" onSubmit={submit} noValidate>
        <SelectField
          formId={FORM_ID}
          name="unitId"
          label={t('partnerSearches.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('common.all')}
          options={units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        />
        <SelectField
          formId={FORM_ID}
          name="status"
          label={t('common.status')}
          value={values.status}
          onChange={set('status')}
          emptyLabel={t('common.all')}
          options={SEARCH_STATUSES.map((status) => ({ value: status, label: t(`searchStatus.${status}`) }))}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('partnerSearches.applyFilters')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('common.clear')}
          </button>
        </div>
      </form>
    </div>
  );
}
