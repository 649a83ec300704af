/** Saving a watch: its name, whose it is (the caller's own or one of the units the caller may keep), and the criteria. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { SelectField, type SelectOption } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { useProgrammeChoices } from '@/lib/api/shared-reads';
import { useFormErrors } from '@/lib/use-form-errors';
import { APPLICANT_TYPES, FUNDS, type ApplicantType, type Fund } from '@/lib/api/types';
import { BusyButton } from '@/components/busy-button';
import { useCreateWatch, type CallWatchView } from '../api/watches';

const FORM_ID = 'watch-form';

interface WatchFormProps {
  /** The units the caller may keep a watch for (value: unit id). */
  unitOptions: SelectOption[];
  onSaved: (watch: CallWatchView) => void;
}

export function WatchForm({ unitOptions, onSaved }: WatchFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [owner, setOwner] = useState(unitOptions.length > 0 ? unitOptions[0].value : '');
  const [words, setWords] = useState('');
  const [programmeIds, setProgrammeIds] = useState<string[]>([]);
  const [funds, setFunds] = useState<string[]>([]);
  const programmes = useProgrammeChoices();
  const [types, setTypes] = useState<string[]>([]);
  const [minGrant, setMinGrant] = useState('');
  const saving = useCreateWatch();
  const { fieldErrors, check } = useFormErrors(saving.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(name.trim() ? {} : { name: t('form.requiredError') })) return;
    saving.mutate(
      {
        name: name.trim(),
        unitId: owner || undefined,
        words: words.split(',').map((word) => word.trim()).filter(Boolean),
        programmeIds,
        funds: funds as Fund[],
        applicantTypes: types as ApplicantType[],
        minGrant: minGrant.trim() ? Number(minGrant.replace(/\s/g, '').replace(',', '.')) : undefined,
      },
      {
        onSuccess: (watch) => {
          setName('');
          setWords('');
          setProgrammeIds([]);
          setFunds([]);
          setTypes([]);
          setMinGrant('');
          onSaved(watch);
        },
      },
    );
  };
  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert error={saving.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      <TextField formId={FORM_ID} name="name" label={t('callWatches.name')} value={name} onChange={setName} required maxLength={200} error={fieldErrors.name} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="owner"
        label={t('callWatches.for')}
        value={owner}
        onChange={setOwner}
        options={[{ value: '', label: t('callWatches.forMe') }, ...unitOptions]}
      />
      <TextField formId={FORM_ID} name="words" label={t('callWatches.words')} hint={t('callWatches.wordsHint')} value={words} onChange={setWords} error={fieldErrors.words} autoComplete="off" />
      <CheckboxGroup formId={FORM_ID} name="programmeIds" legend={t('callWatches.programmes')} options={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.label }))} value={programmeIds} onChange={setProgrammeIds} />
      <CheckboxGroup formId={FORM_ID} name="funds" legend={t('callWatches.funds')} options={FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) }))} value={funds} onChange={setFunds} />
      <CheckboxGroup
        formId={FORM_ID}
        name="applicantTypes"
        legend={t('callWatches.applicantTypes')}
        options={APPLICANT_TYPES.map((type) => ({ value: type, label: t(`applicantType.${type}`) }))}
        value={types}
        onChange={setTypes}
      />
      <TextField formId={FORM_ID} name="minGrant" label={t('callWatches.minGrant')} hint={t('callWatches.minGrantHint')} value={minGrant} onChange={setMinGrant} error={fieldErrors.minGrant} inputMode="decimal" autoComplete="off" />
      <div className="button-row">
        <BusyButton type="submit" busy={saving.isPending}>
          {t('callWatches.save')}
        </BusyButton>
      </div>
    </form>
  );
}
