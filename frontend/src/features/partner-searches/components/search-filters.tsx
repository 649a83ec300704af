/** Filters of the partner search list (unit, status); applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar } from '@/components/filter-bar';
import { SEARCH_STATUSES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface SearchFilterValues {
  unitId: string;
  status: string;
}

const EMPTY: SearchFilterValues = { unitId: '', status: '' };

export function SearchFilters({ initial, units, onApply }: { initial: SearchFilterValues; units: UnitOption[]; onApply: (values: SearchFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar formId="search-filter" initial={initial} empty={EMPTY} onApply={onApply} applyLabel={t('partnerSearches.applyFilters')}>
      {(filter) => (
        <>
          {filter.select('unitId', t('partnerSearches.unit'), units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` })))}
          {filter.select('status', t('common.status'), SEARCH_STATUSES.map((status) => ({ value: status, label: t(`searchStatus.${status}`) })))}
        </>
      )}
    </FilterBar>
  );
}
