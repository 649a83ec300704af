/** Findings, follow-up of the last control's measures, measures for the next report, and the conclusion (If-Match). */
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/form/text-area-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { ControlView, ReportView } from '@/lib/api/types';
import { useFormErrors, alertError } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useSaveTexts } from '../api/control';

const FORM_ID = 'control-texts';
const FIELDS = ['findings', 'followUpPrevious', 'followUpNext', 'conclusion'] as const;
type Field = (typeof FIELDS)[number];

export function ControlTexts({ report, control, onMessage }: { report: ReportView; control: ControlView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({
    findings: control.findings ?? '',
    followUpPrevious: control.followUpPrevious ?? '',
    followUpNext: control.followUpNext ?? '',
    conclusion: control.conclusion ?? '',
  });
  const save = useSaveTexts();
  const { fieldErrors } = useFormErrors(save.error);
  if (!control.mayWork) {
    return (
      <dl className="details">
        {FIELDS.filter((f) => control[f]).map((f) => (
          <Fragment key={f}>
            <dt>{t(`control.${f}`)}</dt>
            <dd className="pre-line">{control[f]}</dd>
          </Fragment>
        ))}
      </dl>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = (v: string) => (v.trim() ? v.trim() : null);
    save.mutate(
      {
        reportId: report.id,
        version: control.version,
        body: {
          findings: text(values.findings),
          followUpPrevious: text(values.followUpPrevious),
          followUpNext: text(values.followUpNext),
          conclusion: text(values.conclusion),
        },
      },
      { onSuccess: () => onMessage(t('control.textsSaved')) },
    );
  };
  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert error={alertError(save.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      {FIELDS.map((f) => (
        <TextAreaField
          key={f}
          formId={FORM_ID}
          name={f}
          label={t(`control.${f}`)}
          value={values[f]}
          onChange={(value) => setValues((old) => ({ ...old, [f]: value }))}
          rows={3}
          error={fieldErrors[f]}
        />
      ))}
      <div className="button-row">
        <BusyButton type="submit" busy={save.isPending}>
          {t('control.saveTexts')}
        </BusyButton>
      </div>
    </form>
  );
}
