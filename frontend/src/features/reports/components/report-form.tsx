/**
 * The report's text by kind (progress: activities, deliverables, indicators, deviations, risks; final: results,
 * evaluation, dissemination, lessons learned and the parts kept internal in the results library; financial: a comment), saved with If-Match; a 412 shows the conflict notice.
 */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/conflict-notice';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { TextAreaField } from '@/components/form/text-area-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { RESULT_PARTS, type ReportView, type ResultPart } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { getReportQueryOptions } from '../api/get-report';
import { isNotEditable, useSaveReport } from '../api/save-report';
import { IndicatorsEditor } from './indicators-editor';
import {
  FIELDS_OF_KIND,
  formToReportContent,
  indicatorFieldErrors,
  reportConflictRows,
  reportToForm,
  validateReportForm,
  type ReportFormValues,
  type ReportTextField,
} from './report-form-values';

const FORM_ID = 'report-form';
const HINTED = new Set(['deliverables', 'activities', 'results', 'evaluation', 'dissemination', 'lessonsWorked', 'lessonsToAvoid', 'advice']);

export function ReportForm({ report, onSaved }: { report: ReportView; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ReportFormValues>(() => reportToForm(report));
  const save = useSaveReport();
  const { fieldErrors, check } = useFormErrors(save.error, indicatorFieldErrors);
  const { conflict, run, clearConflict } = useConflictSave<ReportView>({
    save: (version) => save.mutateAsync({ id: report.id, version, body: formToReportContent(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getReportQueryOptions(report.id), staleTime: 0 }),
  });

  const store = async (version: number) => {
    if (!check(validateReportForm(values, t))) return;
    if (await run(version)) onSaved(t('reports.saved'));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void store(report.version);
  };
  const set = (field: ReportTextField | 'deliverables') => (text: string) => setValues((previous) => ({ ...previous, [field]: text }));
  const problem = isApiError(save.error) ? save.error.problem : undefined;
  const extra = unmatchedFieldErrors(problem, [...FIELDS_OF_KIND[report.kind], 'code', 'name', 'type', 'unit', 'target', 'thisPeriod']);

  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
      {isNotEditable(save.error) ? (
        <p className="alert alert--warning" role="alert">
          {t('reports.notEditable')}
        </p>
      ) : (
        <ProblemAlert error={alertError(save.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} extraErrors={extra} />
      )}
      {conflict && (
        <ConflictNotice
          busy={save.isPending}
          rows={reportConflictRows(report.kind, values, conflict, t)}
          onOverwrite={() => void store(conflict.version)}
          onDiscard={() => {
            setValues(reportToForm(conflict));
            clearConflict();
            save.reset();
          }}
        />
      )}
      {FIELDS_OF_KIND[report.kind].map((field) =>
        field === 'indicators' ? (
          <IndicatorsEditor
            key={field}
            formId={FORM_ID}
            value={values.indicators}
            onChange={(indicators) => setValues((previous) => ({ ...previous, indicators }))}
            progress={report.indicators}
            errors={fieldErrors}
          />
        ) : (
          <TextAreaField
            key={field}
            formId={FORM_ID}
            name={field}
            label={t(`reports.field.${field}`)}
            hint={HINTED.has(field) ? t(`reports.hint.${field}`) : undefined}
            value={values[field]}
            onChange={set(field)}
            error={fieldErrors[field]}
            rows={field === 'comment' ? 3 : 5}
          />
        ),
      )}
      {report.kind === 'FINAL' && (
        <CheckboxGroup
          formId={FORM_ID}
          name="internalParts"
          legend={t('reports.field.internalParts')}
          hint={t('reports.hint.internalParts')}
          options={RESULT_PARTS.map((part) => ({ value: part, label: t(`resultPart.${part}`) }))}
          value={values.internalParts}
          onChange={(parts) => setValues((previous) => ({ ...previous, internalParts: parts as ResultPart[] }))}
        />
      )}
      <div className="button-row">
        <BusyButton type="submit" busy={save.isPending}>
          {t('reports.saveText')}
        </BusyButton>
      </div>
    </form>
  );
}
