/** Full-text search and filters of the call list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { APPLICANT_TYPES, CALL_STATUSES, FUNDS } from '@/lib/api/types';
import type { ProgrammeOption } from '@/lib/api/shared-reads';

/** The status filter's value for every call, closed ones too. */
export const ALL_STATUSES = 'ALL';

export interface CallFilterValues {
  q: string;
  fund: string;
  programmeId: string;
  /** '' = open and forthcoming (the server's default), ALL, or one status. */
  status: string;
  applicantType: string;
  topic: string;
}

interface CallFiltersProps {
  initial: CallFilterValues;
  programmes: ProgrammeOption[];
  onApply: (values: CallFilterValues) => void;
}

export function CallFilters({ initial, programmes, onApply }: CallFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof CallFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty = { q: '', fund: '', programmeId: '', status: '', applicantType: '', topic: '' };
    setValues(empty);
    onApply(empty);
  };
  return (
    <div role="search">
      <form className="filters" onSubmit={submit} noValidate>
        <TextField formId="call-filter" name="q" type="search" label={t('common.search')} hint={t('calls.searchHint')} value={values.q} onChange={set('q')} />
        <SelectField
          formId="call-filter"
          name="fund"
          label={t('calls.fund')}
          value={values.fund}
          onChange={set('fund')}
          emptyLabel={t('common.all')}
          options={FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) }))}
        />
        <SelectField
          formId="call-filter"
          name="programmeId"
          label={t('calls.programme')}
          value={values.programmeId}
          onChange={set('programmeId')}
          emptyLabel={t('common.all')}
          options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
        />
        <SelectField
          formId="call-filter"
          name="status"
          label={t('common.status')}
          value={values.status}
          onChange={set('status')}
          emptyLabel={t('calls.statusDefault')}
          options={[...CALL_STATUSES.map((status) => ({ value: status, label: t(`callStatus.${status}`) })), { value: ALL_STATUSES, label: t('calls.statusAll') }]}
        />
        <SelectField
          formId="call-filter"
          name="applicantType"
          label={t('calls.applicantType')}
          value={values.applicantType}
          onChange={set('applicantType')}
          emptyLabel={t('common.all')}
          options={APPLICANT_TYPES.map((type) => ({ value: type, label: t(`applicantType.${type}`) }))}
        />
        <TextField formId="call-filter" name="topic" label={t('calls.topic')} value={values.topic} onChange={set('topic')} />
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
