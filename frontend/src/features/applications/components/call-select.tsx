/** Choosing a call among many: a filter box narrows the select's options; the chosen call stays listed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import type { Choice } from '../api/get-call-choices';

interface CallSelectProps {
  formId: string;
  value: string;
  onChange: (value: string) => void;
  calls: Choice[];
  error?: string;
}

export function CallSelect({ formId, value, onChange, calls, error }: CallSelectProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = calls.filter((call) => call.id === value || call.label.toLowerCase().includes(needle));
  const filterId = `${formId}-callFilter`;
  return (
    <div className="field-group">
      <div className="field">
        <label htmlFor={filterId}>{t('applications.filterCalls')}</label>
        <input id={filterId} type="search" value={filter} autoComplete="off" onChange={(event) => setFilter(event.target.value)} />
      </div>
      <p className="visually-hidden" role="status">
        {t('form.optionsShown', { count: shown.length })}
      </p>
      <SelectField
        formId={formId}
        name="callId"
        label={t('applications.call')}
        value={value}
        onChange={onChange}
        emptyLabel={t('applications.callNone')}
        options={shown.map((call) => ({ value: call.id, label: call.label }))}
        error={error}
      />
    </div>
  );
}
