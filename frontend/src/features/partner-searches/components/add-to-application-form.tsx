/**
 * Adds a matching organisation to an application's partnership: the search's own application is
 * chosen first, else a draft of the search's unit; the role defaults to the one the search seeks.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { partnershipRefusal, partnershipRefusalKey, partnershipRefusalParams } from '@/lib/api/partnership-refusal';
import { PARTNER_ROLES, type PartnerRole, type PartnerSearchView } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useAddToApplication } from '../api/add-to-application';
import { useApplicationChoices, type ApplicationChoice } from '../api/get-application-choices';

interface AddToApplicationFormProps {
  search: PartnerSearchView;
  organisation: { id: string; name: string };
  onAdded: (application: ApplicationChoice, role: PartnerRole) => void;
  onCancel: () => void;
}

function defaultRole(search: PartnerSearchView): PartnerRole {
  return search.roles.length === 1 ? search.roles[0] : 'PARTNER';
}

export function AddToApplicationForm({ search, organisation, onAdded, onCancel }: AddToApplicationFormProps) {
  const { t } = useTranslation();
  const formId = `add-${organisation.id}`;
  const choices = useApplicationChoices(search.unitId);
  const adding = useAddToApplication();
  // Drafts take partners; the search's own application is offered whatever its state, so the reason is told if it is not a draft.
  const applications = (choices.data ?? []).filter((choice) => choice.status === 'DRAFT' || choice.id === search.applicationId);
  const [applicationId, setApplicationId] = useState(search.applicationId ?? '');
  const [role, setRole] = useState<PartnerRole>(defaultRole(search));
  const refusal = partnershipRefusal(adding.error);
  const { fieldErrors, check } = useFormErrors(refusal ? null : adding.error);

  // Without an application of its own, the search suggests its unit's only draft.
  useEffect(() => {
    if (!applicationId && applications.length === 1) setApplicationId(applications[0].id);
  }, [applicationId, applications]);
  useEffect(() => {
    document.getElementById(`${formId}-applicationId`)?.focus();
  }, [formId, choices.isPending]);

  if (choices.isPending) return <Loading />;
  if (choices.isError) return <ProblemAlert error={choices.error} />;

  const chosen = applications.find((choice) => choice.id === applicationId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(applicationId ? {} : { applicationId: t('partnerSearches.chooseApplication') })) {
      document.getElementById(`${formId}-applicationId`)?.focus();
      return;
    }
    adding.mutateAsync({ applicationId, organisationId: organisation.id, role, searchId: search.id }).then(
      () => chosen && onAdded(chosen, role),
      () => undefined,
    );
  };

  return (
    <form id={formId} className="form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h4 id={`${formId}-title`}>{t('partnerSearches.addTitle', { name: organisation.name })}</h4>
      {refusal ? (
        <p className="alert alert--error" role="alert">
          {t(partnershipRefusalKey(refusal), { ...partnershipRefusalParams(adding.error), name: organisation.name })}
        </p>
      ) : (
        <ProblemAlert error={adding.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      )}
      {applications.length === 0 ? (
        <p>{t('partnerSearches.noDrafts')}</p>
      ) : (
        <>
          <SelectField
            formId={formId}
            name="applicationId"
            label={t('partnerSearches.application')}
            hint={t('partnerSearches.applicationHint')}
            value={applicationId}
            onChange={setApplicationId}
            emptyLabel={t('form.choose')}
            options={applications.map((choice) => ({
              value: choice.id,
              label: `${choice.title}${choice.acronym ? ` (${choice.acronym})` : ''}${choice.status === 'DRAFT' ? '' : `, ${t(`applicationStatus.${choice.status}`)}`}`,
            }))}
            required
            error={fieldErrors.applicationId}
          />
          <SelectField
            formId={formId}
            name="role"
            label={t('partnerSearches.role')}
            value={role}
            onChange={(value) => setRole(value as PartnerRole)}
            options={PARTNER_ROLES.map((value) => ({ value, label: t(`partnerRole.${value}`) }))}
            required
            error={fieldErrors.role}
          />
        </>
      )}
      <div className="button-row">
        {applications.length > 0 && (
          <BusyButton type="submit" busy={adding.isPending}>
            {t('partnerSearches.addButton')}
          </BusyButton>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
