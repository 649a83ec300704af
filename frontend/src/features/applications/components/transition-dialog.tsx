/**
 * One workflow step in a small dialog with just the fields the step needs. Field errors from the
 * server are shown at their fields; 403 (not for your role) and 409 (not from this state) in the alert.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ApplicationView, TransitionAction } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { useTransitionApplication } from '../api/transition-application';
import {
  TRANSITION_FIELDS,
  TRANSITION_FORM_FIELDS,
  emptyTransitionForm,
  formToTransitionRequest,
  localToday,
  validateTransitionForm,
  type TransitionField,
  type TransitionFormValues,
} from './transition-form-values';

interface TransitionDialogProps {
  application: ApplicationView;
  action: TransitionAction;
  onClose: () => void;
  onDone: (application: ApplicationView) => void;
}

const FORM_ID = 'transition-form';

export function TransitionDialog({ application, action, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TransitionFormValues>(emptyTransitionForm);
  const transition = useTransitionApplication();
  const { fieldErrors, check } = useFormErrors(transition.error);
  const fields = TRANSITION_FIELDS[action];

  useEffect(() => {
    const first = fields[0];
    if (first) document.getElementById(`${FORM_ID}-${first.field}`)?.focus();
  }, [fields]);
  const errorKey = JSON.stringify(fieldErrors);
  useEffect(() => {
    const first = fields.find((spec) => JSON.parse(errorKey)[spec.field]);
    if (first) document.getElementById(`${FORM_ID}-${first.field}`)?.focus();
  }, [errorKey, fields]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!check(validateTransitionForm(action, values, t('form.requiredError')))) return;
    // Awaited rather than a per-call onSuccess: the step changes the application, which may unmount this dialog.
    transition.mutateAsync({ id: application.id, version: application.version, body: formToTransitionRequest(action, values) }).then(onDone, (error: unknown) => {
      // Someone else changed it first: load the latest, so the actions offered are current.
      if (isApiError(error, 412)) void queryClient.invalidateQueries({ queryKey: queryKeys.application(application.id) });
    });
  };
  const set = (field: TransitionField) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const problem = isApiError(transition.error) ? transition.error.problem : undefined;
  const label = t(`transitionAction.${action}`);

  const renderField = ({ field, required }: { field: TransitionField; required: boolean }) => {
    const common = { formId: FORM_ID, name: field, value: values[field], onChange: set(field), required, error: fieldErrors[field] };
    switch (field) {
      case 'comment':
        return (
          <TextAreaField
            key={field}
            {...common}
            label={t('applications.comment')}
            hint={required ? t('applications.commentRequiredHint') : t('applications.commentOptionalHint')}
            rows={3}
          />
        );
      case 'rejectionReason':
        return <TextAreaField key={field} {...common} label={t('applications.rejectionReason')} rows={3} />;
      case 'funderReference':
        return <TextField key={field} {...common} label={t('applications.funderReference')} autoComplete="off" />;
      case 'submittedOn':
        return <TextField key={field} {...common} type="date" max={localToday()} label={t('applications.submittedOn')} hint={t('applications.submittedOnHint')} />;
      case 'decisionOn':
        return <TextField key={field} {...common} type="date" label={t('applications.decisionOn')} />;
      case 'grantedAmount':
        return <TextField key={field} {...common} type="number" min={0} step="0.01" inputMode="decimal" label={t('applications.grantedAmountLabel')} />;
    }
  };

  return (
    <ConfirmDialog open title={label} confirmLabel={label} onConfirm={() => submit()} onCancel={onClose} busy={transition.isPending}>
      <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
        <ProblemAlert
          error={transition.error}
          hasFieldErrors={Object.keys(fieldErrors).length > 0}
          extraErrors={unmatchedFieldErrors(problem, TRANSITION_FORM_FIELDS)}
        />
        <p>{application.title}</p>
        {fields.map(renderField)}
      </form>
    </ConfirmDialog>
  );
}
