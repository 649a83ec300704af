/** /contacts/:id/edit: edit with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { ContactPersonView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getContactQueryOptions, useContact } from '../api/get-contact';
import { useUpdateContact } from '../api/update-contact';
import { ContactForm } from '../components/contact-form';
import { contactToForm, formToContactRequest, validateContactForm } from '../components/contact-form-values';
import { contactConflictRows } from './contact-conflict-rows';
import { useContactUnits } from './use-contact-units';

export function ContactEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contact = useContact(id);
  if (contact.isPending) return <Loading />;
  if (contact.isError)
    return (
      <>
        <PageHeader title={t('contacts.edit')} />
        <ProblemAlert error={contact.error} />
      </>
    );
  return <ContactEditor key={id} contact={contact.data} />;
}

function ContactEditor({ contact }: { contact: ContactPersonView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { units } = useContactUnits();
  const [base, setBase] = useState(contact);
  const [values, setValues] = useState(() => contactToForm(contact));
  const update = useUpdateContact();
  const { fieldErrors, check } = useFormErrors(update.error);
  const { conflict, run, clearConflict } = useConflictSave<ContactPersonView>({
    save: (version) => update.mutateAsync({ id: contact.id, version, body: formToContactRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getContactQueryOptions(contact.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    const errors = validateContactForm(values, { required: t('form.requiredError'), roles: t('contacts.rolesRequired') });
    if (!check(errors)) return;
    if (await run(version)) navigate(`/contacts/${contact.id}`, { state: { notice: t('contacts.saved', { name: values.name }) } });
  };
  const discard = (latest: ContactPersonView) => {
    setValues(contactToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };
  // The unit of the record stays selectable even if it is not among the user's choices.
  const unitChoices = units.some((unit) => unit.id === contact.unitId)
    ? units
    : [{ id: contact.unitId, code: contact.unitCode, name: contact.unitName }, ...units];

  return (
    <>
      <PageHeader title={t('contacts.editTitle', { name: base.name })} />
      <ContactForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/contacts/${contact.id}`)}
        units={unitChoices}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={contactConflictRows(values, conflict, unitChoices, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </ContactForm>
    </>
  );
}
