/** Search and filters of the idea list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { IDEA_STATUSES, SCREENING_OUTCOMES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface IdeaFilterValues {
  q: string;
  unitId: string;
  status: string;
  screened: string;
  outcome: string;
  year: string;
}

const EMPTY: IdeaFilterValues = { q: '', unitId: '', status: '', screened: '', outcome: '', year: '' };

interface IdeaFiltersProps {
  initial: IdeaFilterValues;
  units: UnitOption[];
  years: number[];
  onApply: (values: IdeaFilterValues) => void;
}

export function IdeaFilters({ initial, units, years, onApply }: IdeaFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof IdeaFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
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
        <TextField formId="idea-filter" name="q" type="search" label={t('common.search')} value={values.q} onChange={set('q')} />
        <SelectField
          formId="idea-filter"
          name="unitId"
          label={t('ideas.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('common.all')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <SelectField
          formId="idea-filter"
          name="status"
          label={t('common.status')}
          value={values.status}
          onChange={set('status')}
          emptyLabel={t('common.all')}
          options={IDEA_STATUSES.map((status) => ({ value: status, label: t(`ideaStatus.${status}`) }))}
        />
        <SelectField
          formId="idea-filter"
          name="screened"
          label={t('screening.title')}
          value={values.screened}
          onChange={set('screened')}
          emptyLabel={t('common.all')}
          options={[
            { value: 'true', label: t('screening.screened') },
            { value: 'false', label: t('screening.notScreened') },
          ]}
        />
        <SelectField
          formId="idea-filter"
          name="outcome"
          label={t('screening.outcome')}
          value={values.outcome}
          onChange={set('outcome')}
          emptyLabel={t('common.all')}
          options={SCREENING_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`screeningOutcome.${outcome}`) }))}
        />
        <SelectField
          formId="idea-filter"
          name="year"
          label={t('ideas.year')}
          value={values.year}
          onChange={set('year')}
          emptyLabel={t('common.all')}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
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
