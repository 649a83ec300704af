/**
 * "Radera personuppgifter" (admin): an erasure that cannot be undone, so it asks first, in a dialog with its
 * title and warning, and goes ahead only once the admin has ticked that the data cannot be restored. Shared by
 * a contact person's page and the page of personal data by e-mail.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';

interface EraseProps<T> {
  /** What the mutation erases: a contact person's id, or an e-mail. */
  subject: string;
  erasure: UseMutationResult<T, Error, string>;
  title: string;
  warning: ReactNode;
  onErased: (result: T) => void;
}

export function ErasePersonalDataButton<T>({ subject, erasure, title, warning, onErased }: EraseProps<T>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const close = () => {
    setOpen(false);
    setUnderstood(false);
    erasure.reset();
  };
  const confirm = () =>
    erasure.mutate(subject, {
      onSuccess: (result) => {
        close();
        onErased(result);
      },
    });
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('contacts.erase')}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={t('contacts.eraseConfirmButton')}
        destructive
        busy={erasure.isPending}
        confirmDisabled={!understood}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{warning}</p>
        <div className="checkbox">
          <input id="erasure-understood" type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
          <label htmlFor="erasure-understood">{t('contacts.eraseUnderstood')}</label>
        </div>
        <ProblemAlert error={erasure.error} />
      </ConfirmDialog>
    </>
  );
}
