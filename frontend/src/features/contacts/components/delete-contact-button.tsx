/** Deletes a contact person after confirmation. */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import type { ContactPersonView } from '@/lib/api/types';
import { useDeleteContact } from '../api/delete-contact';

export function DeleteContactButton({ contact }: { contact: ContactPersonView }) {
  const { t } = useTranslation();
  const deletion = useDeleteContact();
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: contact.id, version: contact.version }}
      title={t('contacts.deleteTitle', { name: contact.name })}
      to="/contacts"
      notice={t('contacts.deleted', { name: contact.name })}
    >
      <p>{t('contacts.deleteConfirm', { name: contact.name, unit: contact.unitName })}</p>
    </DeleteRecordButton>
  );
}
