/** Create/edit form of a partner search: for which unit (and application, idea, call), what is sought, until when. */
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SearchableCheckboxGroup } from '@/components/form/searchable-checkbox-group';
import { CallPicker } from '@/components/call-picker/call-picker';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ORGANISATION_TYPES, PARTNER_ROLES, SEARCH_STATUSES, type OrganisationType, type PartnerRole, type SearchStatus } from '@/lib/api/types';
import { countryOptions } from '@/lib/i18n/countries';
import { useApplicationChoices } from '../api/get-application-choices';
import { useIdeaChoices } from '../api/get-idea-choices';
import type { UnitOption } from '@/lib/api/shared-reads';
import { SEARCH_FORM_FIELDS, type SearchFormValues } from './search-form-values';

interface SearchFormProps extends RecordFormProps<SearchFormValues> {
  units: UnitOption[];
}

const FORM_ID = 'search-form';

export function SearchForm(props: SearchFormProps) {
  const { values, onChange, units, fieldErrors, children } = props;
  const { t, i18n } = useTranslation();
  const applications = useApplicationChoices(values.unitId);
  const ideas = useIdeaChoices(values.unitId);
  const set = fieldSetter(values, onChange);

  // Another unit has other applications and ideas.
  const changeUnit = (unitId: string) =>
    onChange(unitId === values.unitId ? values : { ...values, unitId, applicationId: '', ideaId: '' });
  // An application brings its call, unless one is chosen already.
  const changeApplication = (applicationId: string) => {
    const callId = applications.data?.find((choice) => choice.id === applicationId)?.callId;
    onChange({ ...values, applicationId, callId: values.callId || callId || '' });
  };
  const applicationOptions = (applications.data ?? []).map((choice) => ({
    value: choice.id,
    label: `${choice.title}${choice.acronym ? ` (${choice.acronym})` : ''}, ${t(`applicationStatus.${choice.status}`)}`,
  }));
  // A chosen application or idea stays nameable before its list has loaded.
  if (values.applicationId && !applicationOptions.some((option) => option.value === values.applicationId))
    applicationOptions.unshift({ value: values.applicationId, label: t('partnerSearches.chosenApplication') });
  const ideaOptions = (ideas.data ?? []).map((idea) => ({ value: idea.id, label: idea.label }));
  if (values.ideaId && !ideaOptions.some((option) => option.value === values.ideaId)) ideaOptions.unshift({ value: values.ideaId, label: t('partnerSearches.chosenIdea') });

  return (
    <FormShell formId={FORM_ID} form={props} fields={SEARCH_FORM_FIELDS}>
      {children}
      <SelectField
        formId={FORM_ID}
        name="unitId"
        label={t('partnerSearches.unit')}
        value={values.unitId}
        onChange={changeUnit}
        emptyLabel={t('form.choose')}
        options={units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        required
        error={fieldErrors.unitId}
      />
      <SelectField formId={FORM_ID} name="applicationId" label={t('partnerSearches.application')} hint={t('partnerSearches.applicationOfUnitHint')} value={values.applicationId} onChange={changeApplication} emptyLabel={t('partnerSearches.none')} options={applicationOptions} error={fieldErrors.applicationId} />
      <SelectField formId={FORM_ID} name="ideaId" label={t('partnerSearches.idea')} value={values.ideaId} onChange={set('ideaId')} emptyLabel={t('partnerSearches.none')} options={ideaOptions} error={fieldErrors.ideaId} />
      <CallPicker formId={FORM_ID} name="callId" label={t('partnerSearches.call')} value={values.callId ? [values.callId] : []} onChange={(ids) => set('callId')(ids[0] ?? '')} error={fieldErrors.callId} />
      <TextField formId={FORM_ID} name="title" label={t('partnerSearches.titleLabel')} value={values.title} onChange={set('title')} required error={fieldErrors.title} autoComplete="off" />
      <TextAreaField formId={FORM_ID} name="topic" label={t('partnerSearches.topic')} hint={t('partnerSearches.topicHint')} value={values.topic} onChange={set('topic')} required error={fieldErrors.topic} rows={4} />
      <CheckboxGroup
        formId={FORM_ID}
        name="roles"
        legend={t('partnerSearches.roles')}
        options={PARTNER_ROLES.map((role) => ({ value: role, label: t(`partnerRole.${role}`) }))}
        value={values.roles}
        onChange={(value) => set('roles')(value as PartnerRole[])}
        error={fieldErrors.roles}
      />
      <SearchableCheckboxGroup
        formId={FORM_ID}
        name="countries"
        legend={t('partnerSearches.countries')}
        filterLabel={t('partnerSearches.filterCountries')}
        hint={t('partnerSearches.countriesHint')}
        options={countryOptions(i18n.resolvedLanguage ?? 'sv')}
        value={values.countries}
        onChange={set('countries')}
        error={fieldErrors.countries}
        limit={12}
      />
      <CheckboxGroup
        formId={FORM_ID}
        name="organisationTypes"
        legend={t('partnerSearches.organisationTypes')}
        hint={t('partnerSearches.organisationTypesHint')}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationType.${type}`) }))}
        value={values.organisationTypes}
        onChange={(value) => set('organisationTypes')(value as OrganisationType[])}
        error={fieldErrors.organisationTypes}
      />
      <TextAreaField formId={FORM_ID} name="expertise" label={t('partnerSearches.expertise')} hint={t('partnerSearches.expertiseHint')} value={values.expertise} onChange={set('expertise')} error={fieldErrors.expertise} rows={3} />
      <TextField formId={FORM_ID} name="interestDeadline" type="date" label={t('partnerSearches.interestDeadline')} hint={t('partnerSearches.interestDeadlineHint')} value={values.interestDeadline} onChange={set('interestDeadline')} error={fieldErrors.interestDeadline} />
      <SelectField
        formId={FORM_ID}
        name="status"
        label={t('common.status')}
        hint={t('partnerSearches.statusHint')}
        value={values.status}
        onChange={(value) => set('status')(value as SearchStatus)}
        options={SEARCH_STATUSES.map((status) => ({ value: status, label: t(`searchStatus.${status}`) }))}
        required
        error={fieldErrors.status}
      />
    </FormShell>
  );
}
