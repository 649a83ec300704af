/** Search and filters of the contact list; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { CONTACT_ROLES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface ContactFilterValues {
  q: string;
  unitId: string;
  role: string;
  active: string;
}

interface ContactFiltersProps {
  initial: ContactFilterValues;
  units: UnitOption[];
  onApply: (values: ContactFilterValues) => void;
}

export function ContactFilters({ initial, units, onApply }: ContactFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof ContactFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty = { q: '', unitId: '', role: '', active: '' };
    setValues(empty);
    onApply(empty);
  };
  return (
    <div role="search">
      <form className="filters" onSubmit={submit} noValidate>
        <TextField formId="contact-filter" name="q" type="search" label={t('common.search')} value={values.q} onChange={set('q')} />
        <SelectField
          formId="contact-filter"
          name="unitId"
          label={t('contacts.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('common.all')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <SelectField
          formId="contact-filter"
          name="role"
          label={t('contacts.role')}
          value={values.role}
          onChange={set('role')}
          emptyLabel={t('common.all')}
          options={CONTACT_ROLES.map((role) => ({ value: role, label: t(`contactRole.${role}`) }))}
        />
        <SelectField
          formId="contact-filter"
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
