/** Deletes a unit after confirmation; a 409 (contacts or child units left) is shown in the dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { UnitView } from '@/lib/api/types';
import { useDeleteUnit } from '../api/delete-unit';

export function DeleteUnitButton({ unit }: { unit: UnitView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deletion = useDeleteUnit();
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  // Awaited rather than an onSuccess option: the mutation removes the record's query, which can
  // unmount this button before a per-call callback would run.
  const confirm = async () => {
    try {
      await deletion.mutateAsync({ id: unit.id, version: unit.version });
    } catch {
      return; // the dialog shows deletion.error
    }
    navigate('/units', { replace: true, state: { notice: t('units.deleted', { name: unit.name }) } });
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('units.deleteTitle', { name: unit.name })}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{t('units.deleteConfirm', { name: unit.name, code: unit.code })}</p>
        <ProblemAlert error={deletion.error} />
      </ConfirmDialog>
    </>
  );
}
