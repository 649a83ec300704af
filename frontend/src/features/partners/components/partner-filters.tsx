/** Search and filters of the partner register; applied on submit. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ORGANISATION_TYPES } from '@/lib/api/types';
import { countryOptions } from '@/lib/i18n/countries';

export interface PartnerFilterValues {
  q: string;
  country: string;
  type: string;
  network: string;
  /** "true", "false" or "" for either. */
  twinTown: string;
  expertise: string;
}

export const EMPTY_PARTNER_FILTERS: PartnerFilterValues = { q: '', country: '', type: '', network: '', twinTown: '', expertise: '' };
const FORM_ID = 'partner-filter';

interface PartnerFiltersProps {
  initial: PartnerFilterValues;
  networks: string[];
  onApply: (values: PartnerFilterValues) => void;
}

export function PartnerFilters({ initial, networks, onApply }: PartnerFiltersProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof PartnerFilterValues) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(EMPTY_PARTNER_FILTERS);
    onApply(EMPTY_PARTNER_FILTERS);
  };
  // A network from the address stays selectable even before the list has loaded.
  const networkNames = values.network && !networks.includes(values.network) ? [values.network, ...networks] : networks;
  return (
    <div role="search">
      <form className="filters" onSubmit={submit} noValidate>
        <TextField formId={FORM_ID} name="q" type="search" label={t('common.search')} hint={t('partners.searchHint')} value={values.q} onChange={set('q')} />
        <SelectField
          formId={FORM_ID}
          name="country"
          label={t('partners.country')}
          value={values.country}
          onChange={set('country')}
          emptyLabel={t('common.all')}
          options={countryOptions(i18n.resolvedLanguage ?? 'sv')}
        />
        <SelectField
          formId={FORM_ID}
          name="type"
          label={t('partners.type')}
          value={values.type}
          onChange={set('type')}
          emptyLabel={t('common.all')}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationType.${type}`) }))}
        />
        <SelectField
          formId={FORM_ID}
          name="network"
          label={t('partners.network')}
          value={values.network}
          onChange={set('network')}
          emptyLabel={t('common.all')}
          options={networkNames.map((name) => ({ value: name, label: name }))}
        />
        <SelectField
          formId={FORM_ID}
          name="twinTown"
          label={t('partners.twinTown')}
          value={values.twinTown}
          onChange={set('twinTown')}
          emptyLabel={t('common.all')}
          options={[
            { value: 'true', label: t('partners.twinTownsOnly') },
            { value: 'false', label: t('partners.noTwinTowns') },
          ]}
        />
        <TextField formId={FORM_ID} name="expertise" label={t('partners.expertise')} value={values.expertise} onChange={set('expertise')} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('common.applySearch')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('common.clear')}
          </button>
        </div>
      </form>
    </div>
  );
}
