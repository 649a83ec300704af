/**
 * An advisor moves a period's report deadline (If-Match with the period's version). A refusal (REPORT-012:
 * before the period ends) is shown at the date; when someone else moved it first, the conflict notice offers both ways out.
 */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ConflictNotice } from '@/components/conflict-notice';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { unmatchedFieldErrors, isApiError } from '@/lib/api/problem';
import type { PeriodView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getScheduleQueryOptions } from '../api/get-schedule';
import { useMoveDeadline } from '../api/move-deadline';

interface DeadlineDialogProps {
  projectId: string;
  period: PeriodView;
  onClose: () => void;
  onDone: (message: string) => void;
}

const FORM_ID = 'deadline-form';

export function DeadlineDialog({ projectId, period, onClose, onDone }: DeadlineDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [reportDue, setReportDue] = useState(period.reportDue);
  const move = useMoveDeadline();
  const { fieldErrors, check } = useFormErrors(move.error);
  const { conflict, run, clearConflict } = useConflictSave<PeriodView>({
    save: (version) => move.mutateAsync({ projectId, number: period.number, version, reportDue }),
    fetchLatest: async () => {
      const schedule = await queryClient.fetchQuery({ ...getScheduleQueryOptions(projectId), staleTime: 0 });
      return schedule.periods.find((candidate) => candidate.number === period.number) ?? period;
    },
  });

  const save = async (version: number) => {
    if (!check(reportDue ? {} : { reportDue: t('form.requiredError') })) return;
    if (await run(version)) onDone(t('projects.deadlineMoved', { number: period.number, due: format.date(reportDue) }));
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    void save(conflict?.version ?? period.version);
  };
  const problem = isApiError(move.error) ? move.error.problem : undefined;

  return (
    <ConfirmDialog
      open
      title={t('projects.moveDeadlineTitle', { number: period.number })}
      confirmLabel={t('common.save')}
      onConfirm={() => submit()}
      onCancel={onClose}
      busy={move.isPending}
    >
      <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
        <ProblemAlert error={alertError(move.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} extraErrors={unmatchedFieldErrors(problem, ['reportDue'])} />
        {conflict && (
          <ConflictNotice
            busy={move.isPending}
            rows={[{ field: 'reportDue', label: t('projects.deadline'), mine: format.date(reportDue), theirs: format.date(conflict.reportDue) }]}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => {
              setReportDue(conflict.reportDue);
              clearConflict();
              move.reset();
              onClose();
            }}
          />
        )}
        <p>{t('projects.moveDeadlineIntro', { end: format.date(period.endsOn) })}</p>
        <TextField
          formId={FORM_ID}
          name="reportDue"
          type="date"
          label={t('projects.deadline')}
          value={reportDue}
          min={period.endsOn}
          onChange={setReportDue}
          required
          error={fieldErrors.reportDue}
        />
      </form>
    </ConfirmDialog>
  );
}
