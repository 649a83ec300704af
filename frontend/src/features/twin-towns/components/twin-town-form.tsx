/** Recording or changing a twin town: its organisation, the agreement and the contact persons (advisors and admins). */
import { useTranslation } from 'react-i18next';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { RowsEditor, rowErrors, type RowFieldSpec } from '@/components/form/rows-editor';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { OrganisationPicker } from '@/components/organisation-picker/organisation-picker';
import { AGREEMENT_KINDS } from '@/lib/api/types';
import type { TwinTownFormValues } from './twin-town-form-values';

const FORM_ID = 'twin-town-form';

type TwinTownFormProps = RecordFormProps<TwinTownFormValues>;

export function useContactFields(): RowFieldSpec[] {
  const { t } = useTranslation();
  return [
    { name: 'name', label: t('twinTowns.contactName'), required: true },
    { name: 'role', label: t('twinTowns.contactRole') },
    { name: 'email', label: t('twinTowns.contactEmail'), type: 'email' },
    { name: 'phone', label: t('twinTowns.contactPhone'), type: 'tel' },
  ];
}

/** The form's own checks before anything is sent. */
export function validateTwinTownForm(values: TwinTownFormValues, fields: RowFieldSpec[], required: string) {
  const errors: Record<string, string> = rowErrors('contacts', fields, values.contacts, required);
  if (!values.organisation) errors.organisationId = required;
  if (!values.name.trim()) errors.name = required;
  return errors;
}

export function TwinTownForm(props: TwinTownFormProps) {
  const { values, onChange, fieldErrors, children } = props;
  const { t } = useTranslation();
  const contactFields = useContactFields();
  const set = fieldSetter(values, onChange);
  return (
    <FormShell formId={FORM_ID} form={props} header={children}>
      <OrganisationPicker formId={FORM_ID} value={values.organisation} onChange={set('organisation')} error={fieldErrors.organisationId} />
      <TextField formId={FORM_ID} name="name" label={t('twinTowns.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} />
      <SelectField
        formId={FORM_ID}
        name="agreementKind"
        label={t('twinTowns.kind')}
        value={values.agreementKind}
        onChange={set('agreementKind')}
        options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreementKind.${kind}`) }))}
        required
        error={fieldErrors.agreementKind}
      />
      <TextField formId={FORM_ID} name="signedOn" type="date" label={t('twinTowns.signedOn')} value={values.signedOn} onChange={set('signedOn')} error={fieldErrors.signedOn} />
      <TextField formId={FORM_ID} name="renewedOn" type="date" label={t('twinTowns.renewedOn')} value={values.renewedOn} onChange={set('renewedOn')} error={fieldErrors.renewedOn} />
      <TextAreaField formId={FORM_ID} name="notes" label={t('twinTowns.notes')} value={values.notes} onChange={set('notes')} rows={4} error={fieldErrors.notes} />
      <RowsEditor
        formId={FORM_ID}
        list="contacts"
        legend={t('twinTowns.contacts')}
        rowLegend={(n) => t('twinTowns.contactN', { n })}
        fields={contactFields}
        rows={values.contacts}
        onChange={set('contacts')}
        addLabel={t('twinTowns.addContact')}
        errors={fieldErrors}
      />
    </FormShell>
  );
}
