/** Deletes a programme after confirmation; the server refuses (409) while it has calls. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { ProgrammeView } from '@/lib/api/types';
import { useDeleteProgramme } from '../api/delete-programme';

export function DeleteProgrammeButton({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deletion = useDeleteProgramme();
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  // Awaited rather than a per-call onSuccess: the deletion empties the page's query, which may unmount this button first.
  const confirm = () =>
    deletion
      .mutateAsync({ id: programme.id, version: programme.version })
      .then(() => navigate('/programmes', { replace: true, state: { notice: t('programmes.deleted', { name: programme.name }) } }), () => undefined);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('programmes.deleteTitle', { name: programme.name })}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>{t('programmes.deleteConfirm', { name: programme.name, code: programme.code })}</p>
        <ProblemAlert error={deletion.error} />
      </ConfirmDialog>
    </>
  );
}
