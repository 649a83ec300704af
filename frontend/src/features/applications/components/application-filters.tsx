/** Search and filters of the application list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CallPicker } from '@/components/call-picker/call-picker';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { APPLICATION_STATUSES } from '@/lib/api/types';
import type { Choice } from '@/lib/api/shared-reads';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface ApplicationFilterValues {
  q: string;
  unitId: string;
  callId: string;
  programmeId: string;
  status: string;
  /** A calendar day, "YYYY-MM-DD": calls closing before it starts. */
  callClosesBefore: string;
}

const EMPTY: ApplicationFilterValues = { q: '', unitId: '', callId: '', programmeId: '', status: '', callClosesBefore: '' };
const FORM_ID = 'application-filter';

interface ApplicationFiltersProps {
  initial: ApplicationFilterValues;
  units: UnitOption[];
  programmes: Choice[];
  onApply: (values: ApplicationFilterValues) => void;
}

export function ApplicationFilters({ initial, units, programmes, onApply }: ApplicationFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof ApplicationFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
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
        <TextField formId={FORM_ID} name="q" type="search" label={t('common.search')} value={values.q} onChange={set('q')} />
        <SelectField
          formId={FORM_ID}
          name="status"
          label={t('common.status')}
          value={values.status}
          onChange={set('status')}
          emptyLabel={t('common.all')}
          options={APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`applicationStatus.${status}`) }))}
        />
        <SelectField
          formId={FORM_ID}
          name="unitId"
          label={t('applications.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('common.all')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <CallPicker
          formId={FORM_ID}
          name="callId"
          label={t('applications.call')}
          value={values.callId ? [values.callId] : []}
          onChange={(ids) => set('callId')(ids[0] ?? '')}
          includeClosed
        />
        <SelectField
          formId={FORM_ID}
          name="programmeId"
          label={t('applications.programme')}
          value={values.programmeId}
          onChange={set('programmeId')}
          emptyLabel={t('common.all')}
          options={programmes.map((programme) => ({ value: programme.id, label: programme.label }))}
        />
        <TextField
          formId={FORM_ID}
          name="callClosesBefore"
          type="date"
          label={t('applications.callClosesBefore')}
          hint={t('applications.callClosesBeforeHint')}
          value={values.callClosesBefore}
          onChange={set('callClosesBefore')}
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
