/** Search and filters of the contact list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { activeFilterOptions, FilterBar, unitFilterOptions } from '@/components/filter-bar';
import { CONTACT_ROLES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface ContactFilterValues {
  q: string;
  unitId: string;
  role: string;
  active: string;
}

const EMPTY: ContactFilterValues = { q: '', unitId: '', role: '', active: '' };

interface ContactFiltersProps {
  initial: ContactFilterValues;
  units: UnitOption[];
  onApply: (values: ContactFilterValues) => void;
}

export function ContactFilters({ initial, units, onApply }: ContactFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar formId="contact-filter" initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search' })}
          {filter.select('unitId', t('contacts.unit'), unitFilterOptions(units))}
          {filter.select('role', t('contacts.role'), CONTACT_ROLES.map((role) => ({ value: role, label: t(`contactRole.${role}`) })))}
          {filter.select('active', t('common.status'), activeFilterOptions(t))}
        </>
      )}
    </FilterBar>
  );
}
