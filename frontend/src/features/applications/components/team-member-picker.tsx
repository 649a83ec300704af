/** Adds someone to the team, chosen by name among the candidates the server offers. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { isAlreadyOnTeam, useAddTeamMember } from '../api/add-team-member';
import { useTeamCandidates } from '../api/get-team-candidates';

const FORM_ID = 'team-form';

interface TeamMemberPickerProps {
  applicationId: string;
  onAdded: (name: string) => void;
}

export function TeamMemberPicker({ applicationId, onAdded }: TeamMemberPickerProps) {
  const { t } = useTranslation();
  const candidates = useTeamCandidates(applicationId);
  const adding = useAddTeamMember();
  const [subject, setSubject] = useState('');
  // The chosen person's name, for the messages (they leave the candidates once added).
  const [chosenName, setChosenName] = useState('');
  const alreadyOnTeam = isAlreadyOnTeam(adding.error);
  const { fieldErrors, check } = useFormErrors(alreadyOnTeam ? null : adding.error);

  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <ProblemAlert error={candidates.error} />;

  const options = candidates.data.map((candidate) => ({
    value: candidate.subject,
    label: candidate.email ? `${candidate.name} (${candidate.email})` : candidate.name,
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(subject ? {} : { subject: t('applications.teamChoosePerson') })) {
      document.getElementById(`${FORM_ID}-subject`)?.focus();
      return;
    }
    const name = candidates.data.find((candidate) => candidate.subject === subject)?.name ?? '';
    setChosenName(name);
    adding.mutateAsync({ applicationId, subject }).then(() => {
      setSubject('');
      onAdded(name);
    }, () => undefined);
  };

  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate aria-labelledby={`${FORM_ID}-title`}>
      <h3 id={`${FORM_ID}-title`}>{t('applications.teamAdd')}</h3>
      {alreadyOnTeam ? (
        <p className="alert alert--error" role="alert">
          {t('applications.teamAlreadyOnTeam', { name: chosenName })}
        </p>
      ) : (
        <ProblemAlert error={adding.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      )}
      <SelectField
        formId={FORM_ID}
        name="subject"
        label={t('applications.teamPerson')}
        hint={options.length === 0 ? t('applications.teamNoCandidates') : t('applications.teamPersonHint')}
        value={subject}
        onChange={setSubject}
        emptyLabel={t('applications.teamChoose')}
        options={options}
        required
        error={fieldErrors.subject}
      />
      <div className="button-row">
        <BusyButton type="submit" busy={adding.isPending} disabled={options.length === 0}>
          {t('applications.teamAddButton')}
        </BusyButton>
      </div>
    </form>
  );
}
