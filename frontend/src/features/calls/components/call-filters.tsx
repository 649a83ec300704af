/** Full-text search and filters of the call list; applied on submit. */
import { useTranslation } from 'react-i18next';
import { FilterBar } from '@/components/filter-bar';
import { APPLICANT_TYPES, CALL_STATUSES, FUNDS } from '@/lib/api/types';
import type { ProgrammeOption } from '@/lib/api/shared-reads';

/** The status filter's value for every call, closed ones too. */
export const ALL_STATUSES = 'ALL';

export interface CallFilterValues {
  q: string;
  fund: string;
  programmeId: string;
  /** '' = open and forthcoming (the server's default), ALL, or one status. */
  status: string;
  applicantType: string;
  topic: string;
}

const EMPTY: CallFilterValues = { q: '', fund: '', programmeId: '', status: '', applicantType: '', topic: '' };

interface CallFiltersProps {
  initial: CallFilterValues;
  programmes: ProgrammeOption[];
  onApply: (values: CallFilterValues) => void;
}

export function CallFilters({ initial, programmes, onApply }: CallFiltersProps) {
  const { t } = useTranslation();
  const statusOptions = [...CALL_STATUSES.map((status) => ({ value: status, label: t(`callStatus.${status}`) })), { value: ALL_STATUSES, label: t('calls.statusAll') }];
  return (
    <FilterBar formId="call-filter" initial={initial} empty={EMPTY} onApply={onApply}>
      {(filter) => (
        <>
          {filter.text('q', t('common.search'), { type: 'search', hint: t('calls.searchHint') })}
          {filter.select('fund', t('calls.fund'), FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) })))}
          {filter.select('programmeId', t('calls.programme'), programmes.map((programme) => ({ value: programme.id, label: programme.name })))}
          {filter.select('status', t('common.status'), statusOptions, t('calls.statusDefault'))}
          {filter.select('applicantType', t('calls.applicantType'), APPLICANT_TYPES.map((type) => ({ value: type, label: t(`applicantType.${type}`) })))}
          {filter.text('topic', t('calls.topic'))}
        </>
      )}
    </FilterBar>
  );
}
