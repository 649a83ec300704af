/** Deletes a partner search, with its expressions of interest, after confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartnerSearchView } from '@/lib/api/types';
import { useDeletePartnerSearch } from '../api/delete-partner-search';

export function DeleteSearchButton({ search }: { search: PartnerSearchView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deletion = useDeletePartnerSearch();
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  const confirm = async () => {
    try {
      await deletion.mutateAsync({ id: search.id, version: search.version });
    } catch {
      return; // the dialog shows deletion.error
    }
    navigate('/partner-searches', { replace: true, state: { notice: t('partnerSearches.deleted', { title: search.title }) } });
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('partnerSearches.deleteTitle', { title: search.title })}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{t('partnerSearches.deleteConfirm', { count: search.interests })}</p>
        <ProblemAlert error={deletion.error} />
      </ConfirmDialog>
    </>
  );
}
