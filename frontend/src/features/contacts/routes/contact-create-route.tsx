/** /contacts/new?unitId=&role=: a new contact person, optionally prefilled (e.g. from the coverage page). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreateContact } from '../api/create-contact';
import { ContactForm } from '../components/contact-form';
import { emptyContactForm, formToContactRequest, validateContactForm } from '../components/contact-form-values';
import { useContactUnits } from './use-contact-units';

export function ContactCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { units } = useContactUnits();
  const [values, setValues] = useState(() =>
    emptyContactForm({ unitId: params.get('unitId') ?? (units.length === 1 ? units[0].id : ''), role: params.get('role') }),
  );
  const creation = useCreateContact();
  const { fieldErrors, check } = useFormErrors(creation.error);
  const submit = () => {
    const errors = validateContactForm(values, { required: t('form.requiredError'), roles: t('contacts.rolesRequired') });
    if (!check(errors)) return;
    creation.mutate(formToContactRequest(values), {
      onSuccess: (id) => navigate(id ? `/contacts/${id}` : '/contacts', { state: { notice: t('contacts.created', { name: values.name }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('contacts.create')} />
      <ContactForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        units={units}
        fieldErrors={fieldErrors}
        error={alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
