/** Unit, status and past-retention filters of the project list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { SelectField } from '@/components/form/select-field';
import { PROJECT_STATUSES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface ProjectFilterValues {
  unitId: string;
  status: string;
  /** 'true': only closed projects whose retention date has passed (their documents may be deleted). */
  pastRetention: string;
}

const EMPTY: ProjectFilterValues = { unitId: '', status: '', pastRetention: '' };
const FORM_ID = 'project-filter';

interface ProjectFiltersProps {
  initial: ProjectFilterValues;
  units: UnitOption[];
  onApply: (values: ProjectFilterValues) => void;
}

export function ProjectFilters({ initial, units, onApply }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof ProjectFilterValues) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
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
          label={t('projects.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('common.all')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <SelectField
          formId={FORM_ID}
          name="status"
          label={t('common.status')}
          value={values.status}
          onChange={set('status')}
          emptyLabel={t('common.all')}
          options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projects.status.${status}`) }))}
        />
        <CheckboxField
          formId={FORM_ID}
          name="pastRetention"
          label={t('projects.pastRetention')}
          checked={values.pastRetention === 'true'}
          onChange={(checked) => setValues((previous) => ({ ...previous, pastRetention: checked ? 'true' : '' }))}
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
