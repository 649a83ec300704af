/** Create/edit form of a contact person; errors from the server are shown at their fields. */
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { CONTACT_ROLES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';
import { CONTACT_FORM_FIELDS, type ContactFormValues } from './contact-form-values';

interface ContactFormProps extends RecordFormProps<ContactFormValues> {
  units: UnitOption[];
}

const FORM_ID = 'contact-form';

export function ContactForm(props: ContactFormProps) {
  const { values, onChange, units, fieldErrors, children } = props;
  const { t } = useTranslation();
  const set = fieldSetter(values, onChange);

  return (
    <FormShell formId={FORM_ID} form={props} fields={CONTACT_FORM_FIELDS}>
      {children}
      <SelectField
        formId={FORM_ID}
        name="unitId"
        label={t('contacts.unit')}
        value={values.unitId}
        onChange={set('unitId')}
        emptyLabel={t('form.choose')}
        options={units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        required
        error={fieldErrors.unitId}
      />
      <TextField formId={FORM_ID} name="name" label={t('contacts.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} autoComplete="off" />
      <TextField formId={FORM_ID} name="title" label={t('contacts.jobTitle')} value={values.title} onChange={set('title')} error={fieldErrors.title} autoComplete="off" />
      <TextField formId={FORM_ID} name="email" type="email" label={t('contacts.email')} value={values.email} onChange={set('email')} required error={fieldErrors.email} autoComplete="off" />
      <TextField formId={FORM_ID} name="phone" type="tel" label={t('contacts.phone')} value={values.phone} onChange={set('phone')} error={fieldErrors.phone} autoComplete="off" />
      <CheckboxGroup
        formId={FORM_ID}
        name="roles"
        legend={t('contacts.roles')}
        options={CONTACT_ROLES.map((role) => ({ value: role, label: t(`contactRole.${role}`) }))}
        value={values.roles}
        onChange={(roles) => set('roles')(roles as ContactFormValues['roles'])}
        required
        error={fieldErrors.roles}
      />
      <fieldset className="field-group">
        <legend>{t('contacts.activePeriod')}</legend>
        <TextField formId={FORM_ID} name="activeFrom" type="date" label={t('contacts.activeFrom')} value={values.activeFrom} onChange={set('activeFrom')} error={fieldErrors.activeFrom} />
        <TextField formId={FORM_ID} name="activeTo" type="date" label={t('contacts.activeTo')} value={values.activeTo} onChange={set('activeTo')} error={fieldErrors.activeTo} hint={t('contacts.activeToHint')} />
      </fieldset>
    </FormShell>
  );
}
