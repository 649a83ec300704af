/** Create/edit form of a project idea; errors from the server are shown at their fields. */
import { useTranslation } from 'react-i18next';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import type { UnitOption } from '@/lib/api/shared-reads';
import { IDEA_FORM_FIELDS, type IdeaFormValues } from './idea-form-values';

interface IdeaFormProps extends RecordFormProps<IdeaFormValues> {
  units: UnitOption[];
}

const FORM_ID = 'idea-form';

export function IdeaForm(props: IdeaFormProps) {
  const { values, onChange, units, fieldErrors, children } = props;
  const { t } = useTranslation();
  const set = fieldSetter(values, onChange);

  return (
    <FormShell formId={FORM_ID} form={props} fields={IDEA_FORM_FIELDS}>
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
    </FormShell>
  );
}
