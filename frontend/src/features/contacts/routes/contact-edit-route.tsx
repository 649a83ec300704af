/** /contacts/:id/edit: edit with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import type { ContactPersonView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getContactQueryOptions, useContact } from '../api/get-contact';
import { useUpdateContact } from '../api/update-contact';
import { ContactForm } from '../components/contact-form';
import { contactToForm, formToContactRequest, validateContactForm } from '../components/contact-form-values';
import { contactConflictRows } from './contact-conflict-rows';
import { useContactUnits } from './use-contact-units';

export function ContactEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useContact(id)} title={t('contacts.edit')}>
      {(contact) => <ContactEditor key={id} contact={contact} />}
    </RecordPage>
  );
}

function ContactEditor({ contact }: { contact: ContactPersonView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { units } = useContactUnits();
  const update = useUpdateContact();
  const editor = useRecordEditor({
    record: contact,
    toForm: contactToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: contact.id, version, body: formToContactRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getContactQueryOptions(contact.id), staleTime: 0 }),
    validate: (values) => validateContactForm(values, { required: t('form.requiredError'), roles: t('contacts.rolesRequired') }),
    onSaved: (values) => navigate(`/contacts/${contact.id}`, { state: { notice: t('contacts.saved', { name: values.name }) } }),
  });
  // The unit of the record stays selectable even if it is not among the user's choices.
  const unitChoices = units.some((unit) => unit.id === contact.unitId)
    ? units
    : [{ id: contact.unitId, code: contact.unitCode, name: contact.unitName }, ...units];

  return (
    <>
      <PageHeader title={t('contacts.editTitle', { name: editor.base.name })} />
      <ContactForm {...editor.form} onCancel={() => navigate(`/contacts/${contact.id}`)} units={unitChoices}>
        {editor.conflictNotice((latest) => contactConflictRows(editor.values, latest, unitChoices, t))}
      </ContactForm>
    </>
  );
}
