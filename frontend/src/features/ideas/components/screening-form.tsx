/**
 * Screening a project idea: were funding possibilities investigated, which programmes and calls,
 * the outcome and why. Saved with the idea's version; a newer version (412) asks to reload.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallPicker } from '@/components/call-picker/call-picker';
import { CheckboxField } from '@/components/form/checkbox-field';
import { FormShell, fieldSetter } from '@/components/form/form-shell';
import { SearchableCheckboxGroup } from '@/components/form/searchable-checkbox-group';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { SCREENING_OUTCOMES, type IdeaView } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { useProgrammeChoices } from '@/lib/api/shared-reads';
import { useScreenIdea } from '../api/screen-idea';
import { SCREENING_FORM_FIELDS, formToScreeningRequest, screeningToForm, validateScreeningForm, type ScreeningFormValues } from './screening-form-values';

const FORM_ID = 'screening-form';

interface ScreeningFormProps {
  idea: IdeaView;
  onSaved: () => void;
  onCancel?: () => void;
}

export function ScreeningForm({ idea, onSaved, onCancel }: ScreeningFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => screeningToForm(idea.screening));
  const programmes = useProgrammeChoices();
  const screening = useScreenIdea();
  const { fieldErrors, check } = useFormErrors(screening.error);
  const set = fieldSetter(values, setValues);

  const submit = () => {
    if (!check(validateScreeningForm(values, t('form.requiredError')))) return;
    // Awaited rather than a per-call onSuccess: saving changes the idea's version, which may unmount this form first.
    screening
      .mutateAsync({ id: idea.id, version: idea.version, body: formToScreeningRequest(values) })
      .then(onSaved, () => undefined);
  };
  const toOptions = (choices: { id: string; label: string }[] | undefined) => (choices ?? []).map((choice) => ({ value: choice.id, label: choice.label }));
  // Chosen ones stay nameable even if the lists do not have them (e.g. a call no longer listed).
  const programmeOptions = withChosen(toOptions(programmes.data), idea.screening?.programmes.map((p) => ({ value: p.id, label: p.name })));

  return (
    <FormShell
      formId={FORM_ID}
      form={{ fieldErrors, error: screening.error, onSubmit: submit, onCancel, submitting: screening.isPending, submitLabel: t('screening.save') }}
      fields={SCREENING_FORM_FIELDS}
      labelledBy="screening-form-title"
      header={<h3 id="screening-form-title">{idea.screening ? t('screening.editTitle') : t('screening.formTitle')}</h3>}
    >
      <CheckboxField formId={FORM_ID} name="investigated" label={t('screening.investigatedLabel')} checked={values.investigated} onChange={set('investigated')} error={fieldErrors.investigated} />
      <SearchableCheckboxGroup
        formId={FORM_ID}
        name="programmeIds"
        legend={t('screening.programmes')}
        filterLabel={t('screening.filterProgrammes')}
        options={programmeOptions}
        value={values.programmeIds}
        onChange={set('programmeIds')}
        error={fieldErrors.programmeIds}
      />
      <CallPicker
        formId={FORM_ID}
        name="callIds"
        label={t('screening.calls')}
        hint={t('screening.callsHint')}
        multiple
        value={values.callIds}
        onChange={set('callIds')}
        programmeIds={values.programmeIds}
        warningFor={(call) =>
          values.programmeIds.length > 0 && !values.programmeIds.includes(call.programmeId) ? t('screening.callOfOtherProgramme', { programme: call.programmeName }) : null
        }
        error={fieldErrors.callIds}
      />
      <SelectField
        formId={FORM_ID}
        name="outcome"
        label={t('screening.outcome')}
        value={values.outcome}
        onChange={(value) => set('outcome')(value as ScreeningFormValues['outcome'])}
        emptyLabel={t('form.choose')}
        options={SCREENING_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`screeningOutcome.${outcome}`) }))}
        required
        error={fieldErrors.outcome}
      />
      <TextAreaField formId={FORM_ID} name="reason" label={t('screening.reason')} hint={t('screening.reasonHint')} value={values.reason} onChange={set('reason')} required error={fieldErrors.reason} rows={4} />
    </FormShell>
  );
}

function withChosen(options: { value: string; label: string }[], chosen: { value: string; label: string }[] = []) {
  const missing = chosen.filter((item) => !options.some((option) => option.value === item.value));
  return [...missing, ...options];
}
