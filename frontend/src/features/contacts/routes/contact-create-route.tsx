/** /contacts/new?unitId=&role=: a new contact person, optionally prefilled (e.g. from the coverage page). */
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateContact } from '../api/create-contact';
import { ContactForm } from '../components/contact-form';
import { emptyContactForm, formToContactRequest, validateContactForm } from '../components/contact-form-values';
import { useContactUnits } from './use-contact-units';

export function ContactCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { units } = useContactUnits();
  const creation = useCreateContact();
  const form = useRecordCreator({
    initial: () => emptyContactForm({ unitId: params.get('unitId') ?? (units.length === 1 ? units[0].id : ''), role: params.get('role') }),
    mutation: creation,
    toRequest: formToContactRequest,
    validate: (values) => validateContactForm(values, { required: t('form.requiredError'), roles: t('contacts.rolesRequired') }),
    onCreated: (id, values) => navigate(id ? `/contacts/${id}` : '/contacts', { state: { notice: t('contacts.created', { name: values.name }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('contacts.create')} />
      <ContactForm {...form} onCancel={() => navigate(-1)} units={units} />
    </>
  );
}
