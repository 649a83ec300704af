/** Choosing an organisation of the register: search by name or keyword, then choose among what was found. */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { countryName } from '@/lib/i18n/countries';
import { useFoundOrganisations } from './find-organisations';

export interface ChosenOrganisation {
  id: string;
  name: string;
}

interface OrganisationPickerProps {
  formId: string;
  value: ChosenOrganisation | null;
  onChange: (organisation: ChosenOrganisation | null) => void;
  error?: string;
}

export function OrganisationPicker({ formId, value, onChange, error }: OrganisationPickerProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const found = useFoundOrganisations(q);
  const items = found.data?.items ?? [];
  const options = items.map((item) => ({
    value: item.id,
    label: [item.legalName, item.city, countryName(item.country, i18n.resolvedLanguage ?? 'sv')].filter(Boolean).join(', '),
  }));
  // The chosen organisation (e.g. from a match) stays listed whatever was searched.
  if (value && !options.some((option) => option.value === value.id)) options.unshift({ value: value.id, label: value.name });

  const find = () => setQ(text.trim());
  // Enter in the search box finds; it does not send the whole form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  };
  const choose = (id: string) => {
    const item = items.find((organisation) => organisation.id === id);
    onChange(id ? { id, name: item?.legalName ?? value?.name ?? id } : null);
  };

  return (
    <fieldset className="field-group">
      <legend>{t('interests.organisation')}</legend>
      <div className="filters">
        <TextField formId={formId} name="find" type="search" label={t('interests.find')} hint={t('interests.findHint')} value={text} onChange={setText} onKeyDown={onKeyDown} autoComplete="off" />
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={find}>
            {t('interests.findButton')}
          </button>
        </div>
      </div>
      <p role="status" className="field__hint">
        {q && !found.isPending ? t('interests.found', { count: found.data?.total ?? 0 }) : ''}
      </p>
      <SelectField
        formId={formId}
        name="organisationId"
        label={t('interests.organisationLabel')}
        value={value?.id ?? ''}
        onChange={choose}
        emptyLabel={t('form.choose')}
        options={options}
        required
        error={error}
      />
    </fieldset>
  );
}
