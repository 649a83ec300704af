/**
 * One workflow step of a report in a dialog with just what the step needs: a comment (required to return and to
 * reopen), or the date sent and the funder's reference. The server's refusals are shown in words; REPORT-004 names
 * the month whose rate is missing and points to the exchange rates.
 */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { CheckboxField } from '@/components/form/checkbox-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { useReadiness } from '@/components/readiness/get-readiness';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportAction, ReportTransitionRequest, ReportView } from '@/lib/api/types';
import { useTransitionReport } from '../api/transition-report';
import { localToday } from '../local-today';
import { transitionRefusal } from './transition-refusal';

const FORM_ID = 'report-transition-form';
/** The steps that must say why. */
const NEED_COMMENT = new Set<ReportAction>(['RETURN', 'REOPEN']);
/** The steps at which the advisor vouches for the claim's lines. */
const VOUCHING = new Set<ReportAction>(['ACCEPT', 'SEND_TO_FUNDER']);

interface ReportTransitionDialogProps {
  report: ReportView;
  action: ReportAction;
  onClose: () => void;
  onDone: (report: ReportView) => void;
}

export function ReportTransitionDialog({ report, action, onClose, onDone }: ReportTransitionDialogProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const transition = useTransitionReport();
  const [comment, setComment] = useState('');
  const [sentOn, setSentOn] = useState('');
  const [funderReference, setFunderReference] = useState('');
  const [confirmMissingEvidence, setConfirmMissingEvidence] = useState(false);
  // The lines without evidence this step would vouch for (accepting, sending): listed, and confirmed with a comment.
  const readiness = useReadiness('report', report.id, report.version);
  const unevidenced = VOUCHING.has(action)
    ? (readiness.data?.nextSteps.find((step) => step.action === action)?.needs ?? []).filter((item) => item.code === 'REPORT-013')
    : [];
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const sending = action === 'SEND_TO_FUNDER';
  const problem = isApiError(transition.error) ? transition.error.problem : undefined;
  const refusal = transitionRefusal(problem, t, i18n.resolvedLanguage ?? 'sv');
  const fieldErrors = Object.keys(clientErrors).length > 0 ? clientErrors : refusal.fields;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const errors: Record<string, string> = {};
    if (NEED_COMMENT.has(action) && !comment.trim()) errors.comment = t('reports.commentRequired');
    if (sending && !sentOn) errors.sentOn = t('form.requiredError');
    if (sending && !funderReference.trim()) errors.funderReference = t('form.requiredError');
    if (unevidenced.length > 0 && !confirmMissingEvidence) errors.confirmMissingEvidence = t('reports.refusal.confirmMissingEvidence');
    if (unevidenced.length > 0 && !comment.trim()) errors.comment = t('reports.refusal.evidenceComment');
    setClientErrors(errors);
    const first = Object.keys(errors)[0];
    if (first) {
      document.getElementById(`${FORM_ID}-${first}`)?.focus();
      return;
    }
    const body: ReportTransitionRequest = { action };
    if (comment.trim()) body.comment = comment.trim();
    if (unevidenced.length > 0) body.confirmMissingEvidence = confirmMissingEvidence;
    if (sending) {
      body.sentOn = sentOn;
      body.funderReference = funderReference.trim();
    }
    // Awaited rather than a per-call onSuccess: the step changes the report, which may unmount this dialog.
    transition.mutateAsync({ id: report.id, version: report.version, body }).then(onDone, (error: unknown) => {
      // Someone else changed it first, or its status moved on: load the latest, so the steps offered are current.
      if (isApiError(error, 412) || isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: queryKeys.report(report.id) });
    });
  };
  const label = t(`reports.action.${action}`);
  const hasRefusal = refusal.messages.length > 0;

  return (
    <ConfirmDialog open title={label} confirmLabel={label} onConfirm={() => submit()} onCancel={onClose} busy={transition.isPending}>
      <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
        {hasRefusal ? (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{t('reports.refusal.title')}</p>
            <ul>
              {refusal.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
            {refusal.missingRateMonth && (
              <p>
                <Link to="/exchange-rates">{t('reports.exchangeRatesLink')}</Link>
              </p>
            )}
          </div>
        ) : (
          <ProblemAlert error={transition.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
        )}
        <p>{t(`reports.actionIntro.${action}`)}</p>
        {unevidenced.length > 0 && (
          <div className="alert alert--warning">
            <p className="alert__title">{t('reports.unevidenced', { count: unevidenced.length })}</p>
            <ul>
              {unevidenced.map((item) => (
                <li key={item.field}>{item.about}</li>
              ))}
            </ul>
            <CheckboxField
              formId={FORM_ID}
              name="confirmMissingEvidence"
              label={t('reports.confirmMissingEvidence')}
              checked={confirmMissingEvidence}
              onChange={setConfirmMissingEvidence}
              error={fieldErrors.confirmMissingEvidence}
            />
          </div>
        )}
        {sending && (
          <>
            <TextField formId={FORM_ID} name="sentOn" type="date" max={localToday()} label={t('reports.sentOn')} value={sentOn} onChange={setSentOn} required error={fieldErrors.sentOn} />
            <TextField
              formId={FORM_ID}
              name="funderReference"
              label={t('reports.funderReference')}
              value={funderReference}
              onChange={setFunderReference}
              required
              error={fieldErrors.funderReference}
              autoComplete="off"
            />
          </>
        )}
        <TextAreaField
          formId={FORM_ID}
          name="comment"
          label={t('reports.comment')}
          hint={
            unevidenced.length > 0 ? t('reports.commentHint.evidence') : NEED_COMMENT.has(action) ? t(`reports.commentHint.${action}`) : t('reports.commentOptional')
          }
          value={comment}
          onChange={setComment}
          required={NEED_COMMENT.has(action) || unevidenced.length > 0}
          error={fieldErrors.comment}
          rows={3}
        />
      </form>
    </ConfirmDialog>
  );
}
