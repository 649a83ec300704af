/**
 * A danger button that deletes a record after confirmation, then goes to a list with a notice.
 * A failure stays in the dialog: a specific message when `describeError` knows the error (e.g. a
 * 409 "still in use"), the problem otherwise. Cancelling closes the dialog and forgets the failure.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';
import { ProblemAlert } from './problem-alert';

/** What the button needs of a delete mutation (a react-query `useMutation` result fits). */
export interface DeleteMutation<TVariables> {
  mutateAsync: (variables: TVariables) => Promise<unknown>;
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

interface DeleteRecordButtonProps<TVariables> {
  deletion: DeleteMutation<TVariables>;
  /** What the mutation deletes, usually `{ id, version }`. */
  variables: TVariables;
  /** The dialog's title. */
  title: string;
  /** The dialog's text, above any failure. */
  children: ReactNode;
  /** A specific message for a known failure; the problem is shown when it gives none. */
  describeError?: (error: unknown) => string | undefined;
  /** The list to go to once deleted, replacing the record's page in the history. */
  to: string;
  /** The notice the list shows once there. */
  notice: string;
}

export function DeleteRecordButton<TVariables>(props: DeleteRecordButtonProps<TVariables>) {
  const { deletion, variables, title, children, describeError, to, notice } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    deletion.reset();
  };
  // Awaited rather than an onSuccess option: the mutation removes the record's query, which can
  // unmount this button before a per-call callback would run.
  const confirm = async () => {
    try {
      await deletion.mutateAsync(variables);
    } catch {
      return; // the dialog shows deletion.error
    }
    navigate(to, { replace: true, state: { notice } });
  };
  const message = deletion.error ? describeError?.(deletion.error) : undefined;
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={t('common.delete')}
        destructive
        busy={deletion.isPending}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        {children}
        {message ? (
          <p className="alert alert--error" role="alert">
            {message}
          </p>
        ) : (
          <ProblemAlert error={deletion.error} />
        )}
      </ConfirmDialog>
    </>
  );
}
