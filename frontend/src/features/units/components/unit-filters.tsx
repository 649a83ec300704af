/** Search and filters of the unit list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { activeFilterOptions, FilterBar } from '@/components/filter-bar';
import { UNIT_TYPES } from '@/lib/api/types';

export interface UnitFilterValues {
  q: string;
  type: string;
  active: string;
}

const EMPTY: UnitFilterValues = { q: '', type: '', active: '' };

interface UnitFiltersProps {
  initial: UnitFilterValues;
  onApply: (values: UnitFilterValues) => void;
}

export function UnitFilters({ initial, onApply }: UnitFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar formId="unit-filter" initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search' })}
          {filter.select('type', t('units.type'), UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) })))}
          {filter.select('active', t('common.status'), activeFilterOptions(t))}
        </>
      )}
    </FilterBar>
  );
}
