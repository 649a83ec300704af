/** Create/edit form of a call; deadlines are entered in the call's zone, rules only narrowed. */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { RuleSetEditor } from '@/components/rule-set/rule-set-editor';
import { APPLICANT_TYPES } from '@/lib/api/types';
import type { ProgrammeOption } from '@/lib/api/shared-reads';
import { CALL_FORM_FIELDS, TIME_ZONES, startNarrowing, type CallFormValues } from './call-form-values';

interface CallFormProps extends RecordFormProps<CallFormValues> {
  programmes: ProgrammeOption[];
}

const FORM_ID = 'call-form';

export function CallForm(props: CallFormProps) {
  const { values, onChange, programmes, fieldErrors, children } = props;
  const { t } = useTranslation();
  const set = fieldSetter(values, onChange);

  const programme = programmes.find((item) => item.id === values.programmeId);
  const zones = TIME_ZONES.includes(values.timeZone as (typeof TIME_ZONES)[number]) ? [...TIME_ZONES] : [values.timeZone, ...TIME_ZONES];
  const toggleNarrowing = (checked: boolean) => onChange(checked ? startNarrowing(values, programme?.rules) : { ...values, narrowRules: false });

  return (
    <FormShell formId={FORM_ID} form={props} fields={CALL_FORM_FIELDS}>
      {children}
      <SelectField
        formId={FORM_ID}
        name="programmeId"
        label={t('calls.programme')}
        value={values.programmeId}
        onChange={set('programmeId')}
        emptyLabel={t('form.choose')}
        options={programmes.map((item) => ({ value: item.id, label: `${item.name} (${item.code})` }))}
        required
        error={fieldErrors.programmeId}
      />
      <TextField formId={FORM_ID} name="identifier" label={t('calls.identifier')} hint={t('calls.identifierHint')} value={values.identifier} onChange={set('identifier')} required error={fieldErrors.identifier} autoComplete="off" />
      <TextField formId={FORM_ID} name="title" label={t('calls.titleLabel')} value={values.title} onChange={set('title')} required error={fieldErrors.title} autoComplete="off" />
      <TextField formId={FORM_ID} name="actionType" label={t('calls.actionType')} value={values.actionType} onChange={set('actionType')} error={fieldErrors.actionType} autoComplete="off" />
      <TextAreaField formId={FORM_ID} name="description" label={t('calls.description')} value={values.description} onChange={set('description')} error={fieldErrors.description} />
      <fieldset className="field-group">
        <legend>{t('calls.period')}</legend>
        <SelectField
          formId={FORM_ID}
          name="timeZone"
          label={t('calls.timeZone')}
          hint={t('calls.timeZoneHint')}
          value={values.timeZone}
          onChange={set('timeZone')}
          options={zones.map((zone) => ({ value: zone, label: zone }))}
          required
          error={fieldErrors.timeZone}
        />
        <TextField formId={FORM_ID} name="opensAt" type="datetime-local" label={t('calls.opensAt')} value={values.opensAt} onChange={set('opensAt')} error={fieldErrors.opensAt} />
        <TextField formId={FORM_ID} name="closesAt" type="datetime-local" label={t('calls.closesAt')} value={values.closesAt} onChange={set('closesAt')} required error={fieldErrors.closesAt} />
      </fieldset>
      <TextField formId={FORM_ID} name="budget" type="number" min={0} step="any" inputMode="decimal" label={t('calls.budgetLabel')} value={values.budget} onChange={set('budget')} error={fieldErrors.budget} />
      <TextField formId={FORM_ID} name="grantMin" type="number" min={0} step="any" inputMode="decimal" label={t('calls.grantMinLabel')} value={values.grantMin} onChange={set('grantMin')} error={fieldErrors.grantMin} />
      <TextField formId={FORM_ID} name="grantMax" type="number" min={0} step="any" inputMode="decimal" label={t('calls.grantMaxLabel')} value={values.grantMax} onChange={set('grantMax')} error={fieldErrors.grantMax} />
      <TextField formId={FORM_ID} name="expectedGrants" type="number" min={0} step={1} label={t('calls.expectedGrants')} value={values.expectedGrants} onChange={set('expectedGrants')} error={fieldErrors.expectedGrants} />
      <TextField formId={FORM_ID} name="maxPartners" type="number" min={1} step={1} label={t('calls.maxPartners')} hint={t('calls.maxPartnersHint')} value={values.maxPartners} onChange={set('maxPartners')} error={fieldErrors.maxPartners} />
      <CheckboxGroup
        formId={FORM_ID}
        name="eligibleApplicantTypes"
        legend={t('calls.eligibleApplicantTypes')}
        options={APPLICANT_TYPES.map((type) => ({ value: type, label: t(`applicantType.${type}`) }))}
        value={values.eligibleApplicantTypes}
        onChange={(value) => set('eligibleApplicantTypes')(value as CallFormValues['eligibleApplicantTypes'])}
        error={fieldErrors.eligibleApplicantTypes}
      />
      <TextField formId={FORM_ID} name="topics" label={t('calls.topics')} hint={t('calls.topicsHint')} value={values.topics} onChange={set('topics')} error={fieldErrors.topics} autoComplete="off" />
      <TextField formId={FORM_ID} name="url" type="url" label={t('calls.url')} value={values.url} onChange={set('url')} error={fieldErrors.url} autoComplete="off" />
      <CheckboxField formId={FORM_ID} name="narrowRules" label={t('calls.narrowRules')} checked={values.narrowRules} onChange={toggleNarrowing} />
      {values.narrowRules && (
        <RuleSetEditor
          formId={FORM_ID}
          legend={t('calls.ownRules')}
          hint={t('calls.narrowRulesHint')}
          values={values.rules}
          onChange={set('rules')}
          errors={fieldErrors}
        />
      )}
    </FormShell>
  );
}
