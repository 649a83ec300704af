/** Deletes an organisation after confirmation; one in a partnership or with an expressed interest stays (409 PARTNER-004). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartnerView } from '@/lib/api/types';
import { isPartnerInUse, useDeletePartner } from '../api/delete-partner';

export function DeletePartnerButton({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deletion = useDeletePartner();
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  // Awaited: the mutation removes the record's query, which can unmount this button.
  const confirm = async () => {
    try {
      await deletion.mutateAsync({ id: partner.id, version: partner.version });
    } catch {
      return; // the dialog shows deletion.error
    }
    navigate('/partners', { replace: true, state: { notice: t('partners.deleted', { name: partner.legalName }) } });
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('partners.deleteTitle', { name: partner.legalName })}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{t('partners.deleteConfirm')}</p>
        {isPartnerInUse(deletion.error) ? (
          <p className="alert alert--error" role="alert">
            {t('partners.inUse', { name: partner.legalName })}
          </p>
        ) : (
          <ProblemAlert error={deletion.error} />
        )}
      </ConfirmDialog>
    </>
  );
}
