/** Records an organisation's expression of interest; a closed search (SEARCH-001) or a second one (SEARCH-002) is explained. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { PARTNER_ROLES, type InterestView, type PartnerRole } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { interestRefusal, useRecordInterest } from '../api/record-interest';
import { OrganisationPicker, type ChosenOrganisation } from '@/components/organisation-picker/organisation-picker';

export const INTEREST_FORM_ID = 'interest-form';

interface InterestFormProps {
  searchId: string;
  /** An organisation chosen elsewhere (a match), with a token that changes on each choice. */
  preset: { organisation: ChosenOrganisation; at: number } | null;
  onRecorded: (interest: InterestView) => void;
}

/** Today in the user's zone, "YYYY-MM-DD". */
function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

export function InterestForm({ searchId, preset, onRecorded }: InterestFormProps) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState<ChosenOrganisation | null>(null);
  const [proposedRole, setProposedRole] = useState('');
  const [receivedOn, setReceivedOn] = useState(today);
  const [note, setNote] = useState('');
  const recording = useRecordInterest();
  const refusal = interestRefusal(recording.error);
  const { fieldErrors, check } = useFormErrors(refusal ? null : recording.error);

  // A match's "record interest" fills in the organisation and brings the user here (each new preset only).
  const { reset } = recording;
  useEffect(() => {
    if (!preset) return;
    setOrganisation(preset.organisation);
    reset();
    document.getElementById(`${INTEREST_FORM_ID}-organisationId`)?.focus();
  }, [preset, reset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!organisation) errors.organisationId = t('interests.chooseOrganisation');
    if (!receivedOn) errors.receivedOn = t('form.requiredError');
    if (!check(errors)) {
      document.getElementById(`${INTEREST_FORM_ID}-${errors.organisationId ? 'organisationId' : 'receivedOn'}`)?.focus();
      return;
    }
    recording
      .mutateAsync({
        searchId,
        body: { organisationId: organisation!.id, receivedOn, proposedRole: (proposedRole || undefined) as PartnerRole | undefined, note: note.trim() || undefined },
      })
      .then(
        (interest) => {
          setOrganisation(null);
          setProposedRole('');
          setNote('');
          onRecorded(interest);
        },
        () => undefined,
      );
  };

  return (
    <form id={INTEREST_FORM_ID} className="form" onSubmit={submit} noValidate aria-labelledby={`${INTEREST_FORM_ID}-title`}>
      <h3 id={`${INTEREST_FORM_ID}-title`}>{t('interests.record')}</h3>
      {refusal ? (
        <p className="alert alert--error" role="alert">
          {t(`interests.refusal.${refusal}`, { name: organisation?.name ?? '' })}
        </p>
      ) : (
        <ProblemAlert error={recording.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      )}
      <OrganisationPicker formId={INTEREST_FORM_ID} value={organisation} onChange={setOrganisation} error={fieldErrors.organisationId} />
      <SelectField
        formId={INTEREST_FORM_ID}
        name="proposedRole"
        label={t('interests.proposedRole')}
        value={proposedRole}
        onChange={setProposedRole}
        emptyLabel={t('interests.noRole')}
        options={PARTNER_ROLES.map((role) => ({ value: role, label: t(`partnerRole.${role}`) }))}
        error={fieldErrors.proposedRole}
      />
      <TextField formId={INTEREST_FORM_ID} name="receivedOn" type="date" label={t('interests.receivedOn')} value={receivedOn} onChange={setReceivedOn} required error={fieldErrors.receivedOn} />
      <TextAreaField formId={INTEREST_FORM_ID} name="note" label={t('interests.note')} value={note} onChange={setNote} error={fieldErrors.note} rows={3} />
      <div className="button-row">
        <BusyButton type="submit" busy={recording.isPending}>
          {t('interests.submit')}
        </BusyButton>
      </div>
    </form>
  );
}
