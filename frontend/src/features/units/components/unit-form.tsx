/** Create/edit form of a unit; errors from the server are shown at their fields. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { focusFirstError } from '@/components/form/focus-first-error';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { MAX_PAGE_SIZE, UNIT_TYPES } from '@/lib/api/types';
import { useUnits } from '../api/get-units';
import { UNIT_FORM_FIELDS, type UnitFormValues } from './unit-form-values';

interface UnitFormProps {
  values: UnitFormValues;
  onChange: (values: UnitFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  fieldErrors: Record<string, string>;
  error?: unknown;
  submitting: boolean;
  submitLabel: string;
  /** The unit being edited: it cannot be its own parent. */
  unitId?: string;
  children?: ReactNode;
}

const FORM_ID = 'unit-form';

export function UnitForm(props: UnitFormProps) {
  const { values, onChange, onSubmit, onCancel, fieldErrors, error, submitting, submitLabel, unitId, children } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const parents = useUnits({ size: MAX_PAGE_SIZE, sort: 'name' });
  const set = <K extends keyof UnitFormValues>(key: K) => (value: UnitFormValues[K]) => onChange({ ...values, [key]: value });

  const errorKey = JSON.stringify(fieldErrors);
  useEffect(() => {
    if (errorKey !== '{}') focusFirstError(formRef.current);
  }, [errorKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = isApiError(error) ? error.problem : undefined;
  const parentOptions = (parents.data?.items ?? [])
    .filter((unit) => unit.id !== unitId)
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));

  return (
    <form ref={formRef} id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert
        error={error}
        hasFieldErrors={Object.keys(fieldErrors).length > 0}
        extraErrors={unmatchedFieldErrors(problem, UNIT_FORM_FIELDS)}
      />
      {children}
      <TextField formId={FORM_ID} name="code" label={t('units.code')} value={values.code} onChange={set('code')} required error={fieldErrors.code} hint={t('units.codeHint')} autoComplete="off" />
      <TextField formId={FORM_ID} name="name" label={t('units.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="type"
        label={t('units.type')}
        value={values.type}
        onChange={(value) => set('type')(value as UnitFormValues['type'])}
        emptyLabel={t('form.choose')}
        options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
        required
        error={fieldErrors.type}
      />
      <SelectField
        formId={FORM_ID}
        name="parentId"
        label={t('units.parent')}
        value={values.parentId}
        onChange={set('parentId')}
        emptyLabel={t('units.noParent')}
        options={parentOptions}
        error={fieldErrors.parentId}
      />
      <CheckboxField formId={FORM_ID} name="active" label={t('units.activeLabel')} checked={values.active} onChange={set('active')} error={fieldErrors.active} />
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
