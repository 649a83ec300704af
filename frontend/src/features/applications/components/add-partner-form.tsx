/**
 * Adds an organisation of the register straight to a draft's partnership: the register is searched as
 * the user types (~300 ms after the last key), the matches are radio buttons (legal name, country, type,
 * city), then a role and "Add". The server's refusals (409) are told in words; an organisation not yet
 * in the register is created on the register's own page.
 */
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldError } from '@/components/form/field-error';
import { describedBy, fieldIds } from '@/components/form/field-ids';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { partnershipRefusal, partnershipRefusalKey, partnershipRefusalParams } from '@/lib/api/partnership-refusal';
import { PARTNER_ROLES, type PartnerRole, type PartnerView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { BusyButton } from '@/components/busy-button';
import { useAddPartner } from '../api/add-partner';
import { useRegisterOrganisations } from '../api/find-register-organisations';

/** How long after the last key the register is searched. */
export const SEARCH_DELAY_MS = 300;

interface Chosen {
  id: string;
  name: string;
  details: string;
}

interface AddPartnerFormProps {
  applicationId: string;
  /** The organisations already in the partnership, marked in the matches. */
  memberOrganisationIds: string[];
  onAdded: (name: string, role: PartnerRole) => void;
  /** Called when the user starts adding, so that older messages of the panel can go. */
  onStart?: () => void;
}

export function AddPartnerForm({ applicationId, memberOrganisationIds, onAdded, onStart }: AddPartnerFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const permissions = usePermissions();
  const formId = 'add-partner';
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [role, setRole] = useState<PartnerRole>('PARTNER');
  const [chooseError, setChooseError] = useState('');
  const found = useRegisterOrganisations(q);
  const adding = useAddPartner();
  const refusal = partnershipRefusal(adding.error);
  const organisation = fieldIds(formId, 'organisationId');

  // The register is searched once the user pauses typing.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const describe = (item: PartnerView) =>
    [item.country ? countryName(item.country, format.language) : null, t(`organisationType.${item.type}`), item.city].filter(Boolean).join(', ');
  const items = q && found.data ? found.data.items : [];
  const choices: Chosen[] = items.map((item) => ({ id: item.id, name: item.legalName, details: describe(item) }));
  // The chosen organisation stays listed whatever is searched next.
  if (chosen && !choices.some((choice) => choice.id === chosen.id)) choices.unshift(chosen);

  // Enter in the search box searches at once; it does not add.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      setQ(text.trim());
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart?.();
    if (!chosen) {
      adding.reset();
      setChooseError(t('applications.addPartnerChooseError'));
      document.getElementById(choices.length > 0 ? organisation.id : fieldIds(formId, 'find').id)?.focus();
      return;
    }
    setChooseError('');
    adding.mutateAsync({ applicationId, organisationId: chosen.id, role }).then(
      () => {
        onAdded(chosen.name, role);
        setChosen(null);
        setText('');
        setQ('');
        setRole('PARTNER');
      },
      () => undefined,
    );
  };

  let foundText = '';
  if (q && !found.isPending && !found.isError) {
    const total = found.data?.total ?? 0;
    if (total === 0) foundText = t('applications.addPartnerNoneFound');
    else if (total > items.length) foundText = t('applications.addPartnerFoundMore', { total, count: items.length });
    else foundText = t('applications.addPartnerFound', { count: total });
  }

  return (
    <form id={formId} className="form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{t('applications.addPartner')}</h3>
      {refusal ? (
        <p className="alert alert--error" role="alert">
          {t(partnershipRefusalKey(refusal), { ...partnershipRefusalParams(adding.error), name: chosen?.name ?? '' })}
        </p>
      ) : (
        <ProblemAlert error={adding.error ?? found.error} />
      )}
      <TextField
        formId={formId}
        name="find"
        type="search"
        label={t('applications.addPartnerFind')}
        hint={t('applications.addPartnerFindHint')}
        value={text}
        onChange={setText}
        onKeyDown={onKeyDown}
        autoComplete="off"
        error={choices.length === 0 ? chooseError : undefined}
        aria-controls={choices.length > 0 ? organisation.id : undefined}
      />
      {/* Always present, so that screen readers announce how many were found. */}
      <p role="status" className="field__hint">
        {foundText}
      </p>
      {choices.length > 0 ? (
        <fieldset
          id={organisation.id}
          className={chooseError ? 'field-group field--invalid checkbox-group' : 'field-group'}
          aria-describedby={describedBy(chooseError && organisation.errorId)}
          tabIndex={-1}
        >
          <legend>
            {t('applications.addPartnerChoose')}
            <span className="field__required"> ({t('form.required')})</span>
          </legend>
          <FieldError id={organisation.errorId} message={chooseError} />
          {choices.map((choice) => {
            const optionId = `${organisation.id}-${choice.id}`;
            const alreadyIn = memberOrganisationIds.includes(choice.id);
            return (
              <div className="checkbox" key={choice.id}>
                <input
                  type="radio"
                  id={optionId}
                  name="organisationId"
                  value={choice.id}
                  checked={chosen?.id === choice.id}
                  onChange={() => {
                    setChosen(choice);
                    setChooseError('');
                  }}
                />
                <label htmlFor={optionId}>
                  <strong>{choice.name}</strong>
                  {choice.details && `, ${choice.details}`}
                  {alreadyIn && ` (${t('applications.addPartnerAlreadyIn')})`}
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <SelectField
        formId={formId}
        name="role"
        label={t('applications.addPartnerRole')}
        value={role}
        onChange={(value) => setRole(value as PartnerRole)}
        options={PARTNER_ROLES.map((value) => ({ value, label: t(`partnerRole.${value}`) }))}
        required
      />
      <div className="button-row">
        <BusyButton type="submit" busy={adding.isPending}>
          {t('applications.addPartnerButton')}
        </BusyButton>
      </div>
      {permissions.canWritePartners && (
        <p>
          {t('applications.addPartnerNotInRegister')} <Link to="/partners/new">{t('applications.newOrganisation')}</Link>
        </p>
      )}
    </form>
  );
}
