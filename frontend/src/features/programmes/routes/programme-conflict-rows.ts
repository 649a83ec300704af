/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import { ruleSetConflictRows } from '@/components/rule-set/rule-set-conflict-rows';
import type { ProgrammeView } from '@/lib/api/types';
import { programmeToForm, type ProgrammeFormValues } from '../components/programme-form-values';

export function programmeConflictRows(mine: ProgrammeFormValues, latest: ProgrammeView, t: TFunction): ConflictRow[] {
  const theirs = programmeToForm(latest);
  const fund = (value: string) => (value ? t(`fund.${value}`) : '');
  return [
    { field: 'code', label: t('programmes.code'), mine: mine.code.trim(), theirs: theirs.code },
    { field: 'fund', label: t('programmes.fund'), mine: fund(mine.fund), theirs: fund(theirs.fund) },
    { field: 'name', label: t('programmes.name'), mine: mine.name.trim(), theirs: theirs.name },
    { field: 'managingAuthority', label: t('programmes.managingAuthority'), mine: mine.managingAuthority.trim(), theirs: theirs.managingAuthority },
    ...ruleSetConflictRows(mine.rules, theirs.rules, t),
  ];
}
