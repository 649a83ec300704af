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
  // Awaited rather than an onSuccess option: the mutation removes the record's query, which can
  // unmount this button before a per-call callback would run.
  const confirm = async () => {
    try {
      await deletion.mutateAsync({ id: contact.id, version: contact.version });
    } catch {
      return; // the dialog shows deletion.error
    }
    navigate('/contacts', { replace: true, state: { notice: t('contacts.deleted', { name: contact.name }) } });
  };
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
