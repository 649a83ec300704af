/** Search and filters of the idea list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar, unitFilterOptions } from '@/components/filter-bar';
import { IDEA_STATUSES, SCREENING_OUTCOMES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface IdeaFilterValues {
  q: string;
  unitId: string;
  status: string;
  screened: string;
  outcome: string;
  year: string;
}

const EMPTY: IdeaFilterValues = { q: '', unitId: '', status: '', screened: '', outcome: '', year: '' };

interface IdeaFiltersProps {
  initial: IdeaFilterValues;
  units: UnitOption[];
  years: number[];
  onApply: (values: IdeaFilterValues) => void;
}

export function IdeaFilters({ initial, units, years, onApply }: IdeaFiltersProps) {
  const { t } = useTranslation();
  const screenedOptions = [
    { value: 'true', label: t('screening.screened') },
    { value: 'false', label: t('screening.notScreened') },
  ];
  return (
    <FilterBar formId="idea-filter" initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search' })}
          {filter.select('unitId', t('ideas.unit'), unitFilterOptions(units))}
          {filter.select('status', t('common.status'), IDEA_STATUSES.map((status) => ({ value: status, label: t(`ideaStatus.${status}`) })))}
          {filter.select('screened', t('screening.title'), screenedOptions)}
          {filter.select('outcome', t('screening.outcome'), SCREENING_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`screeningOutcome.${outcome}`) })))}
          {filter.select('year', t('ideas.year'), years.map((year) => ({ value: String(year), label: String(year) })))}
        </>
      )}
    </FilterBar>
  );
}
