/** Create/edit form of a contact person; errors from the server are shown at their fields. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { focusFirstError } from '@/components/form/focus-first-error';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { CONTACT_ROLES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';
import { CONTACT_FORM_FIELDS, type ContactFormValues } from './contact-form-values';

interface ContactFormProps {
  values: ContactFormValues;
  onChange: (values: ContactFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  units: UnitOption[];
  fieldErrors: Record<string, string>;
  error?: unknown;
  submitting: boolean;
  submitLabel: string;
  children?: ReactNode;
}

const FORM_ID = 'contact-form';

export function ContactForm(props: ContactFormProps) {
  const { values, onChange, onSubmit, onCancel, units, fieldErrors, error, submitting, submitLabel, children } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof ContactFormValues>(key: K) => (value: ContactFormValues[K]) => onChange({ ...values, [key]: value });

  const errorKey = JSON.stringify(fieldErrors);
  useEffect(() => {
    if (errorKey !== '{}') focusFirstError(formRef.current);
  }, [errorKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = isApiError(error) ? error.problem : undefined;

  return (
    <form ref={formRef} id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert
        error={error}
        hasFieldErrors={Object.keys(fieldErrors).length > 0}
        extraErrors={unmatchedFieldErrors(problem, CONTACT_FORM_FIELDS)}
      />
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
      <div className="button-row">
        <button type="submit" className="button" disabled={submitting} aria-busy={submitting || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
