/** Create/edit form of a project idea; errors from the server are shown at their fields. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from '@/components/form/focus-first-error';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import type { UnitOption } from '@/lib/api/shared-reads';
import { IDEA_FORM_FIELDS, type IdeaFormValues } from './idea-form-values';

interface IdeaFormProps {
  values: IdeaFormValues;
  onChange: (values: IdeaFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  units: UnitOption[];
  fieldErrors: Record<string, string>;
  error?: unknown;
  submitting: boolean;
  submitLabel: string;
  children?: ReactNode;
}

const FORM_ID = 'idea-form';

export function IdeaForm(props: IdeaFormProps) {
  const { values, onChange, onSubmit, onCancel, units, fieldErrors, error, submitting, submitLabel, children } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof IdeaFormValues>(key: K) => (value: IdeaFormValues[K]) => onChange({ ...values, [key]: value });

  const errorKey = JSON.stringify(fieldErrors);
  useEffect(() => {
    if (errorKey !== '{}') focusFirstError(formRef.current);
  }, [errorKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = isApiError(error) ? error.problem : undefined;

  return (
    <form ref={formRef} id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert error={error} hasFieldErrors={Object.keys(fieldErrors).length > 0} extraErrors={unmatchedFieldErrors(problem, IDEA_FORM_FIELDS)} />
      {children}
      <SelectField
        formId={FORM_ID}
        name="unitId"
        label={t('ideas.unit')}
        value={values.unitId}
        onChange={set('unitId')}
        emptyLabel={t('form.choose')}
        options={units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        required
        error={fieldErrors.unitId}
      />
      <TextField formId={FORM_ID} name="title" label={t('ideas.titleLabel')} value={values.title} onChange={set('title')} required error={fieldErrors.title} autoComplete="off" />
      <TextAreaField formId={FORM_ID} name="description" label={t('ideas.description')} hint={t('ideas.descriptionHint')} value={values.description} onChange={set('description')} error={fieldErrors.description} />
      <TextField
        formId={FORM_ID}
        name="estimatedCost"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        label={t('ideas.estimatedCostLabel')}
        value={values.estimatedCost}
        onChange={set('estimatedCost')}
        error={fieldErrors.estimatedCost}
      />
      <fieldset className="field-group">
        <legend>{t('ideas.period')}</legend>
        <TextField formId={FORM_ID} name="startDate" type="date" label={t('ideas.periodStart')} value={values.startDate} onChange={set('startDate')} error={fieldErrors.startDate} />
        <TextField formId={FORM_ID} name="endDate" type="date" label={t('ideas.periodEnd')} value={values.endDate} onChange={set('endDate')} error={fieldErrors.endDate} />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={submitting} aria-busy={submitting || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
