/** Deletes a contact person after confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { ContactPersonView } from '@/lib/api/types';
import { useDeleteContact } from '../api/delete-contact';

export function DeleteContactButton({ contact }: { contact: ContactPersonView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deletion = useDeleteContact();
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  const confirm = () =>
    deletion.mutate(
      { id: contact.id, version: contact.version },
      { onSuccess: () => navigate('/contacts', { replace: true, state: { notice: t('contacts.deleted', { name: contact.name }) } }) },
    );
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('contacts.deleteTitle', { name: contact.name })}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{t('contacts.deleteConfirm', { name: contact.name, unit: contact.unitName })}</p>
        <ProblemAlert error={deletion.error} />
      </ConfirmDialog>
    </>
  );
}
