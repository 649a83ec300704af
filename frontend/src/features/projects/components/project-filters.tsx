/** Unit, status and past-retention filters of the project list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar, unitFilterOptions } from '@/components/filter-bar';
import { CheckboxField } from '@/components/form/checkbox-field';
import { PROJECT_STATUSES } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface ProjectFilterValues {
  unitId: string;
  status: string;
  /** 'true': only closed projects whose retention date has passed (their documents may be deleted). */
  pastRetention: string;
}

const EMPTY: ProjectFilterValues = { unitId: '', status: '', pastRetention: '' };
const FORM_ID = 'project-filter';

interface ProjectFiltersProps {
  initial: ProjectFilterValues;
  units: UnitOption[];
  onApply: (values: ProjectFilterValues) => void;
}

export function ProjectFilters({ initial, units, onApply }: ProjectFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar formId={FORM_ID} initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.select('unitId', t('projects.unit'), unitFilterOptions(units))}
          {filter.select('status', t('common.status'), PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projects.status.${status}`) })))}
          <CheckboxField
            formId={FORM_ID}
            name="pastRetention"
            label={t('projects.pastRetention')}
            checked={filter.values.pastRetention === 'true'}
            onChange={(checked) => filter.set('pastRetention')(checked ? 'true' : '')}
          />
        </>
      )}
    </FilterBar>
  );
}
