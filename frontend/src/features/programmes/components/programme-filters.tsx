/** Search and fund filter of the programme list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { FUNDS } from '@/lib/api/types';

export interface ProgrammeFilterValues {
  q: string;
  fund: string;
}

export function ProgrammeFilters({ initial, onApply }: { initial: ProgrammeFilterValues; onApply: (values: ProgrammeFilterValues) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof ProgrammeFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty = { q: '', fund: '' };
    setValues(empty);
    onApply(empty);
  };
  return (
    <div role="search">
      <form className="filters" onSubmit={submit} noValidate>
        <TextField formId="programme-filter" name="q" type="search" label={t('common.search')} value={values.q} onChange={set('q')} />
        <SelectField
          formId="programme-filter"
          name="fund"
          label={t('programmes.fund')}
          value={values.fund}
          onChange={set('fund')}
          emptyLabel={t('common.all')}
          options={FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) }))}
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
