/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import type { PartnerSearchView } from '@/lib/api/types';
import { splitList } from '@/lib/text-list';
import { searchToForm, type SearchFormValues } from '../components/search-form-values';

export function searchConflictRows(mine: SearchFormValues, latest: PartnerSearchView, t: TFunction): ConflictRow[] {
  const theirs = searchToForm(latest);
  const text = (key: 'title' | 'topic' | 'interestDeadline', label: string): ConflictRow => ({ field: key, label, mine: mine[key].trim(), theirs: theirs[key] });
  const words = (values: string[], prefix?: string) => [...values].sort().map((value) => (prefix ? t(`${prefix}.${value}`) : value)).join(', ');
  return [
    text('title', t('partnerSearches.titleLabel')),
    text('topic', t('partnerSearches.topic')),
    { field: 'roles', label: t('partnerSearches.roles'), mine: words(mine.roles, 'partnerRole'), theirs: words(theirs.roles, 'partnerRole') },
    { field: 'countries', label: t('partnerSearches.countries'), mine: words(mine.countries), theirs: words(theirs.countries) },
    {
      field: 'organisationTypes',
      label: t('partnerSearches.organisationTypes'),
      mine: words(mine.organisationTypes, 'organisationType'),
      theirs: words(theirs.organisationTypes, 'organisationType'),
    },
    { field: 'expertise', label: t('partnerSearches.expertise'), mine: splitList(mine.expertise).join(', '), theirs: splitList(theirs.expertise).join(', ') },
    text('interestDeadline', t('partnerSearches.interestDeadline')),
    { field: 'status', label: t('common.status'), mine: t(`searchStatus.${mine.status}`), theirs: t(`searchStatus.${theirs.status}`) },
    { field: 'applicationId', label: t('partnerSearches.application'), mine: mine.applicationId, theirs: theirs.applicationId },
    { field: 'callId', label: t('partnerSearches.call'), mine: mine.callId, theirs: theirs.callId },
  ];
}
