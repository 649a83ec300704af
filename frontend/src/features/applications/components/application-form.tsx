/** Create/edit form of an application; errors from the server are shown at their fields. */
import { useTranslation } from 'react-i18next';
import { CallPicker } from '@/components/call-picker/call-picker';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { useScreenedIdeas } from '../api/get-screened-ideas';
import type { UnitOption } from '@/lib/api/shared-reads';
import { APPLICATION_FORM_FIELDS, type ApplicationFormValues } from './application-form-values';
import { WorkPackagesEditor } from './work-packages-editor';

interface ApplicationFormProps extends RecordFormProps<ApplicationFormValues> {
  units: UnitOption[];
}

const FORM_ID = 'application-form';

export function ApplicationForm(props: ApplicationFormProps) {
  const { values, onChange, units, fieldErrors, children } = props;
  const { t } = useTranslation();
  const ideas = useScreenedIdeas(values.unitId);
  const set = fieldSetter(values, onChange);

  const ideaOptions = (ideas.data ?? []).map((idea) => ({ value: idea.id, label: idea.label }));
  // The chosen idea stays nameable even if it is no longer among the screened ones listed.
  if (values.ideaId && !ideaOptions.some((option) => option.value === values.ideaId)) ideaOptions.unshift({ value: values.ideaId, label: values.ideaId });

  return (
    <FormShell formId={FORM_ID} form={props} fields={APPLICATION_FORM_FIELDS}>
      {children}
      <SelectField
        formId={FORM_ID}
        name="unitId"
        label={t('applications.unit')}
        value={values.unitId}
        onChange={(unitId) => onChange({ ...values, unitId, ideaId: unitId === values.unitId ? values.ideaId : '' })}
        emptyLabel={t('form.choose')}
        options={units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        required
        error={fieldErrors.unitId}
      />
      <CallPicker formId={FORM_ID} name="callId" label={t('applications.call')} value={values.callId ? [values.callId] : []} onChange={(ids) => set('callId')(ids[0] ?? '')} error={fieldErrors.callId} />
      <SelectField
        formId={FORM_ID}
        name="ideaId"
        label={t('applications.idea')}
        hint={t('applications.ideaHint')}
        value={values.ideaId}
        onChange={set('ideaId')}
        emptyLabel={t('applications.ideaNone')}
        options={ideaOptions}
        error={fieldErrors.ideaId}
      />
      <TextField formId={FORM_ID} name="title" label={t('applications.titleLabel')} value={values.title} onChange={set('title')} required error={fieldErrors.title} autoComplete="off" />
      <TextField formId={FORM_ID} name="acronym" label={t('applications.acronym')} value={values.acronym} onChange={set('acronym')} error={fieldErrors.acronym} autoComplete="off" />
      <TextAreaField formId={FORM_ID} name="summary" label={t('applications.summary')} value={values.summary} onChange={set('summary')} error={fieldErrors.summary} />
      <TextAreaField formId={FORM_ID} name="objectives" label={t('applications.objectives')} value={values.objectives} onChange={set('objectives')} error={fieldErrors.objectives} />
      <fieldset className="field-group">
        <legend>{t('applications.period')}</legend>
        <TextField formId={FORM_ID} name="periodStart" type="date" label={t('applications.periodStart')} value={values.periodStart} onChange={set('periodStart')} error={fieldErrors.periodStart} />
        <TextField formId={FORM_ID} name="periodEnd" type="date" label={t('applications.periodEnd')} value={values.periodEnd} onChange={set('periodEnd')} error={fieldErrors.periodEnd} />
      </fieldset>
      <WorkPackagesEditor formId={FORM_ID} value={values.workPackages} onChange={set('workPackages')} errors={fieldErrors} />
      <TextField
        formId={FORM_ID}
        name="internalStatus"
        label={t('applications.internalStatus')}
        hint={t('applications.internalStatusHint')}
        value={values.internalStatus}
        onChange={set('internalStatus')}
        error={fieldErrors.internalStatus}
        autoComplete="off"
      />
    </FormShell>
  );
}
