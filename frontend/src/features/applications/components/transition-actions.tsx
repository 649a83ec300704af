/** The workflow steps the user may take now: exactly the application's allowedActions, each opening its dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSITION_ACTIONS, type ApplicationView, type TransitionAction } from '@/lib/api/types';
import { TransitionDialog } from './transition-dialog';

interface TransitionActionsProps {
  application: ApplicationView;
  onDone: (message: string) => void;
}

export function TransitionActions({ application, onDone }: TransitionActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TransitionAction | null>(null);
  const allowed = TRANSITION_ACTIONS.filter((action) => application.allowedActions.includes(action));
  // Nothing for this caller now: the readiness panel at the top says whose step it is and what it needs.
  if (allowed.length === 0) return <p>{t('applications.noActionsYours')}</p>;
  return (
    <>
      <div className="button-row">
        {allowed.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'WITHDRAW' || action === 'RETURN_FOR_CHANGES' ? 'button button--secondary' : 'button'}
            onClick={() => setOpen(action)}
          >
            {t(`transitionAction.${action}`)}
          </button>
        ))}
      </div>
      {open && (
        <TransitionDialog
          key={open}
          application={application}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(updated) => {
            setOpen(null);
            onDone(t('applications.transitionDone', { action: t(`transitionAction.${open}`), status: t(`applicationStatus.${updated.status}`) }));
          }}
        />
      )}
    </>
  );
}
