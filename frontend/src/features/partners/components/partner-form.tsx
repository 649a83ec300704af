/** Create/edit form of an organisation; lists are typed as text, contact persons as repeatable rows. */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { ORGANISATION_TYPES } from '@/lib/api/types';
import { countryOptions } from '@/lib/i18n/countries';
import { ContactsEditor } from './contacts-editor';
import { isContactField, PARTNER_FORM_FIELDS, type PartnerFormValues } from './partner-form-values';

interface PartnerFormProps extends RecordFormProps<PartnerFormValues> {
  /** False when a notice among the children already explains the field errors. */
  summariseFieldErrors?: boolean;
}

const FORM_ID = 'partner-form';

export function PartnerForm(props: PartnerFormProps) {
  const { values, onChange, fieldErrors, error, children, summariseFieldErrors = true } = props;
  const { t, i18n } = useTranslation();
  const set = fieldSetter(values, onChange);

  const problem = isApiError(error) ? error.problem : undefined;
  const extraErrors = unmatchedFieldErrors(problem, PARTNER_FORM_FIELDS).filter((item) => !isContactField(item.field));

  return (
    <FormShell formId={FORM_ID} form={props} extraErrors={extraErrors} summariseFieldErrors={summariseFieldErrors}>
      {children}
      <TextField formId={FORM_ID} name="legalName" label={t('partners.legalName')} hint={t('partners.legalNameHint')} value={values.legalName} onChange={set('legalName')} required error={fieldErrors.legalName} autoComplete="off" />
      <TextField formId={FORM_ID} name="englishName" label={t('partners.englishName')} value={values.englishName} onChange={set('englishName')} error={fieldErrors.englishName} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="country"
        label={t('partners.country')}
        value={values.country}
        onChange={set('country')}
        emptyLabel={t('form.choose')}
        options={countryOptions(i18n.resolvedLanguage ?? 'sv')}
        required
        error={fieldErrors.country}
      />
      <TextField formId={FORM_ID} name="region" label={t('partners.region')} value={values.region} onChange={set('region')} error={fieldErrors.region} autoComplete="off" />
      <TextField formId={FORM_ID} name="city" label={t('partners.city')} value={values.city} onChange={set('city')} error={fieldErrors.city} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="type"
        label={t('partners.type')}
        value={values.type}
        onChange={(value) => set('type')(value as PartnerFormValues['type'])}
        emptyLabel={t('form.choose')}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationType.${type}`) }))}
        required
        error={fieldErrors.type}
      />
      <TextField formId={FORM_ID} name="pic" inputMode="numeric" label={t('partners.pic')} hint={t('partners.picHint')} value={values.pic} onChange={set('pic')} error={fieldErrors.pic} autoComplete="off" />
      <TextField formId={FORM_ID} name="vatNumber" label={t('partners.vatNumber')} hint={t('partners.vatNumberHint')} value={values.vatNumber} onChange={set('vatNumber')} error={fieldErrors.vatNumber} autoComplete="off" />
      <TextField formId={FORM_ID} name="website" type="url" label={t('partners.website')} hint={t('partners.websiteHint')} value={values.website} onChange={set('website')} error={fieldErrors.website} autoComplete="off" />
      <TextAreaField formId={FORM_ID} name="expertise" label={t('partners.expertise')} hint={t('partners.listHint')} value={values.expertise} onChange={set('expertise')} error={fieldErrors.expertise} rows={3} />
      <TextField formId={FORM_ID} name="languages" label={t('partners.languages')} hint={t('partners.languagesHint')} value={values.languages} onChange={set('languages')} error={fieldErrors.languages} autoComplete="off" />
      <TextAreaField formId={FORM_ID} name="description" label={t('partners.description')} value={values.description} onChange={set('description')} error={fieldErrors.description} />
      <CheckboxField formId={FORM_ID} name="twinTown" label={t('partners.twinTownLabel')} checked={values.twinTown} onChange={set('twinTown')} error={fieldErrors.twinTown} />
      <TextAreaField formId={FORM_ID} name="networks" label={t('partners.networks')} hint={t('partners.networksHint')} value={values.networks} onChange={set('networks')} error={fieldErrors.networks} rows={3} />
      <ContactsEditor formId={FORM_ID} value={values.contacts} onChange={set('contacts')} errors={fieldErrors} />
    </FormShell>
  );
}
