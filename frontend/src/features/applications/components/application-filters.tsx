/** Search and filters of the application list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { CallPicker } from '@/components/call-picker/call-picker';
import { FilterBar, unitFilterOptions } from '@/components/filter-bar';
import { APPLICATION_STATUSES } from '@/lib/api/types';
import type { Choice } from '@/lib/api/shared-reads';
import type { UnitOption } from '@/lib/api/shared-reads';

export interface ApplicationFilterValues {
  q: string;
  unitId: string;
  callId: string;
  programmeId: string;
  status: string;
  /** A calendar day, "YYYY-MM-DD": calls closing before it starts. */
  callClosesBefore: string;
}

const EMPTY: ApplicationFilterValues = { q: '', unitId: '', callId: '', programmeId: '', status: '', callClosesBefore: '' };
const FORM_ID = 'application-filter';

interface ApplicationFiltersProps {
  initial: ApplicationFilterValues;
  units: UnitOption[];
  programmes: Choice[];
  onApply: (values: ApplicationFilterValues) => void;
}

export function ApplicationFilters({ initial, units, programmes, onApply }: ApplicationFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar formId={FORM_ID} initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search' })}
          {filter.select('status', t('common.status'), APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`applicationStatus.${status}`) })))}
          {filter.select('unitId', t('applications.unit'), unitFilterOptions(units))}
          <CallPicker
            formId={FORM_ID}
            name="callId"
            label={t('applications.call')}
            value={filter.values.callId ? [filter.values.callId] : []}
            onChange={(ids) => filter.set('callId')(ids[0] ?? '')}
            includeClosed
          />
          {filter.select('programmeId', t('applications.programme'), programmes.map((programme) => ({ value: programme.id, label: programme.label })))}
          {filter.text('callClosesBefore', t('applications.callClosesBefore'), { type: 'date', hint: t('applications.callClosesBeforeHint') })}
        </>
      )}
    </FilterBar>
  );
}
