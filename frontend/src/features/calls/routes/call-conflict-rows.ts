/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import { ruleSetConflictRows } from '@/components/rule-set/rule-set-conflict-rows';
import type { CallView } from '@/lib/api/types';
import type { ProgrammeOption } from '@/lib/api/shared-reads';
import { callToForm, splitTopics, type CallFormValues } from '../components/call-form-values';

export function callConflictRows(mine: CallFormValues, latest: CallView, programmes: ProgrammeOption[], t: TFunction): ConflictRow[] {
  const theirs = callToForm(latest);
  const programme = (id: string) => (id === latest.programmeId ? latest.programmeName : (programmes.find((item) => item.id === id)?.name ?? id));
  const types = (values: CallFormValues) =>
    [...values.eligibleApplicantTypes]
      .sort()
      .map((type) => t(`applicantType.${type}`))
      .join(', ');
  const text = (key: 'identifier' | 'title' | 'actionType' | 'description' | 'timeZone' | 'opensAt' | 'closesAt' | 'budget' | 'grantMin' | 'grantMax' | 'expectedGrants' | 'maxPartners' | 'url', label: string): ConflictRow => ({
    field: key,
    label,
    mine: mine[key].trim(),
    theirs: theirs[key],
  });
  const narrowing = (values: CallFormValues) => (values.narrowRules ? t('common.yes') : t('common.no'));
  return [
    { field: 'programmeId', label: t('calls.programme'), mine: programme(mine.programmeId), theirs: programme(theirs.programmeId) },
    text('identifier', t('calls.identifier')),
    text('title', t('calls.titleLabel')),
    text('actionType', t('calls.actionType')),
    text('description', t('calls.description')),
    text('timeZone', t('calls.timeZone')),
    text('opensAt', t('calls.opensAt')),
    text('closesAt', t('calls.closesAt')),
    text('budget', t('calls.budgetLabel')),
    text('grantMin', t('calls.grantMinLabel')),
    text('grantMax', t('calls.grantMaxLabel')),
    text('expectedGrants', t('calls.expectedGrants')),
    text('maxPartners', t('calls.maxPartners')),
    { field: 'eligibleApplicantTypes', label: t('calls.eligibleApplicantTypes'), mine: types(mine), theirs: types(theirs) },
    { field: 'topics', label: t('calls.topics'), mine: splitTopics(mine.topics).join('; '), theirs: theirs.topics },
    text('url', t('calls.url')),
    { field: 'narrowRules', label: t('calls.narrowRules'), mine: narrowing(mine), theirs: narrowing(theirs) },
    ...(mine.narrowRules || theirs.narrowRules ? ruleSetConflictRows(mine.rules, theirs.rules, t) : []),
  ];
}
