/** Search and filters of the partner register; applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar } from '@/components/filter-bar';
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

interface PartnerFiltersProps {
  initial: PartnerFilterValues;
  networks: string[];
  onApply: (values: PartnerFilterValues) => void;
}

export function PartnerFilters({ initial, networks, onApply }: PartnerFiltersProps) {
  const { t, i18n } = useTranslation();
  // A network from the address stays selectable even before the list has loaded.
  const networkNames = (chosen: string) => (chosen && !networks.includes(chosen) ? [chosen, ...networks] : networks);
  const twinTownOptions = [
    { value: 'true', label: t('partners.twinTownsOnly') },
    { value: 'false', label: t('partners.noTwinTowns') },
  ];
  return (
    <FilterBar formId="partner-filter" initial={initial} empty={EMPTY_PARTNER_FILTERS} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search', hint: t('partners.searchHint') })}
          {filter.select('country', t('partners.country'), countryOptions(i18n.resolvedLanguage ?? 'sv'))}
          {filter.select('type', t('partners.type'), ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationType.${type}`) })))}
          {filter.select('network', t('partners.network'), networkNames(filter.values.network).map((name) => ({ value: name, label: name })))}
          {filter.select('twinTown', t('partners.twinTown'), twinTownOptions)}
          {filter.text('expertise', t('partners.expertise'))}
        </>
      )}
    </FilterBar>
  );
}
