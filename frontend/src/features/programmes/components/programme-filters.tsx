/** Search and fund filter of the programme list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar } from '@/components/filter-bar';
import { FUNDS } from '@/lib/api/types';

export interface ProgrammeFilterValues {
  q: string;
  fund: string;
}

const EMPTY: ProgrammeFilterValues = { q: '', fund: '' };

export function ProgrammeFilters({ initial, onApply }: { initial: ProgrammeFilterValues; onApply: (values: ProgrammeFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar formId="programme-filter" initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search' })}
          {filter.select('fund', t('programmes.fund'), FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) })))}
        </>
      )}
    </FilterBar>
  );
}
