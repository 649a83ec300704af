/** The control's steps (started, closed, reopened with the reason) and the buttons to close it or reopen it with a reason. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/form/text-area-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { ControlView, ReportView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { BusyButton } from '@/components/busy-button';
import { useControlTransition } from '../api/control';

const FORM_ID = 'reopen-form';

export function ControlSteps({ report, control, onMessage }: { report: ReportView; control: ControlView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const transition = useControlTransition();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const close = () =>
    transition.mutate({ reportId: report.id, version: control.version, body: { action: 'CLOSE' } }, { onSuccess: () => onMessage(t('control.closedOk')) });
  const reopen = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('form.requiredError'));
      return;
    }
    transition.mutate(
      { reportId: report.id, version: control.version, body: { action: 'REOPEN', comment: reason.trim() } },
      {
        onSuccess: () => {
          setReopening(false);
          setReason('');
          onMessage(t('control.reopenedOk'));
        },
      },
    );
  };
  return (
    <>
      <ol>
        {control.events.map((e, index) => (
          <li key={index}>
            {t(`control.events.${e.action}`)}: {e.by.name}, {format.dateTime(e.at)}
            {e.comment && ` – ${e.comment}`}
          </li>
        ))}
      </ol>
      <ProblemAlert error={transition.error} />
      {control.allowedActions.includes('CLOSE') && (
        <div className="button-row">
          <BusyButton busy={transition.isPending} onClick={close}>
            {t('control.close')}
          </BusyButton>
        </div>
      )}
      {control.allowedActions.includes('REOPEN') &&
        (reopening ? (
          <form id={FORM_ID} className="form" onSubmit={reopen} noValidate>
            <TextAreaField formId={FORM_ID} name="comment" label={t('control.reopenReason')} value={reason} onChange={setReason} rows={3} required error={reasonError} />
            <div className="button-row">
              <button type="submit" className="button" disabled={transition.isPending}>
                {t('control.reopen')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setReopening(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setReopening(true)}>
              {t('control.reopen')}
            </button>
          </div>
        ))}
    </>
  );
}
