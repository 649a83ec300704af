/** Anonymises a contact person (admin) after a confirmation that says it cannot be undone. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { ContactPersonView } from '@/lib/api/types';
import { useEraseContact } from '../api/erase-contact';

export function EraseContactButton({ contact, onErased }: { contact: ContactPersonView; onErased: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const erasure = useEraseContact();
  const close = () => {
    setOpen(false);
    setUnderstood(false);
    erasure.reset();
  };
  const confirm = () =>
    erasure.mutate(contact.id, {
      onSuccess: () => {
        close();
        onErased();
      },
    });
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('contacts.erase')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('contacts.eraseTitle', { name: contact.name })}
        confirmLabel={t('contacts.eraseConfirmButton')}
        destructive
        busy={erasure.isPending}
        confirmDisabled={!understood}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{t('contacts.eraseWarning')}</p>
        <div className="checkbox">
          <input id="erasure-understood" type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
          <label htmlFor="erasure-understood">{t('contacts.eraseUnderstood')}</label>
        </div>
        <ProblemAlert error={erasure.error} />
      </ConfirmDialog>
    </>
  );
}
