/** Deletes a call after confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { CallView } from '@/lib/api/types';
import { useDeleteCall } from '../api/delete-call';

export function DeleteCallButton({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deletion = useDeleteCall();
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  // Awaited rather than a per-call onSuccess: the deletion empties the page's query, which may unmount this button first.
  const confirm = () =>
    deletion
      .mutateAsync({ id: call.id, version: call.version })
      .then(() => navigate('/calls', { replace: true, state: { notice: t('calls.deleted', { title: call.title }) } }), () => undefined);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('calls.deleteTitle', { title: call.title })}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>{t('calls.deleteConfirm', { title: call.title, identifier: call.identifier })}</p>
        <ProblemAlert error={deletion.error} />
      </ConfirmDialog>
    </>
  );
}
