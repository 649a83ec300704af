/** Anonymises a contact person (admin) after a confirmation that says it cannot be undone. */
import { useTranslation } from 'react-i18next';
import type { ContactPersonView } from '@/lib/api/types';
import { useEraseContact } from '../api/erase-contact';
import { ErasePersonalDataButton } from './erase-personal-data-button';

export function EraseContactButton({ contact, onErased }: { contact: ContactPersonView; onErased: () => void }) {
  const { t } = useTranslation();
  const erasure = useEraseContact();
  return (
    <ErasePersonalDataButton
      subject={contact.id}
      erasure={erasure}
      title={t('contacts.eraseTitle', { name: contact.name })}
      warning={t('contacts.eraseWarning')}
      onErased={onErased}
    />
  );
}
