/** Create/edit form of a programme with its rule set; errors from the server are shown at their fields. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from '@/components/form/focus-first-error';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { RuleSetEditor } from '@/components/rule-set/rule-set-editor';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { FUNDS } from '@/lib/api/types';
import { PROGRAMME_FORM_FIELDS, type ProgrammeFormValues } from './programme-form-values';

interface ProgrammeFormProps {
  values: ProgrammeFormValues;
  onChange: (values: ProgrammeFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  fieldErrors: Record<string, string>;
  error?: unknown;
  submitting: boolean;
  submitLabel: string;
  children?: ReactNode;
}

const FORM_ID = 'programme-form';

export function ProgrammeForm(props: ProgrammeFormProps) {
  const { values, onChange, onSubmit, onCancel, fieldErrors, error, submitting, submitLabel, children } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof ProgrammeFormValues>(key: K) => (value: ProgrammeFormValues[K]) => onChange({ ...values, [key]: value });

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
      <ProblemAlert
        error={error}
        hasFieldErrors={Object.keys(fieldErrors).length > 0}
        extraErrors={unmatchedFieldErrors(problem, PROGRAMME_FORM_FIELDS)}
      />
      {children}
      <TextField formId={FORM_ID} name="code" label={t('programmes.code')} value={values.code} onChange={set('code')} required error={fieldErrors.code} hint={t('programmes.codeHint')} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="fund"
        label={t('programmes.fund')}
        value={values.fund}
        onChange={(value) => set('fund')(value as ProgrammeFormValues['fund'])}
        emptyLabel={t('form.choose')}
        options={FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) }))}
        required
        error={fieldErrors.fund}
      />
      <TextField formId={FORM_ID} name="name" label={t('programmes.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} autoComplete="off" />
      <TextField
        formId={FORM_ID}
        name="managingAuthority"
        label={t('programmes.managingAuthority')}
        value={values.managingAuthority}
        onChange={set('managingAuthority')}
        error={fieldErrors.managingAuthority}
        autoComplete="off"
      />
      <RuleSetEditor formId={FORM_ID} legend={t('programmes.rules')} values={values.rules} onChange={set('rules')} errors={fieldErrors} />
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
