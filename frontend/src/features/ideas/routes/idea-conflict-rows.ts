/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import { textConflictRow, type ConflictRow } from '@/components/conflict-notice';
import type { IdeaView } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';
import { ideaToForm, type IdeaFormValues } from '../components/idea-form-values';

export function ideaConflictRows(mine: IdeaFormValues, latest: IdeaView, units: UnitOption[], t: TFunction): ConflictRow[] {
  const theirs = ideaToForm(latest);
  const unitName = (id: string) => (id === latest.unitId ? latest.unitName : (units.find((unit) => unit.id === id)?.name ?? id));
  const text = textConflictRow(mine, theirs);
  return [
    { field: 'unitId', label: t('ideas.unit'), mine: unitName(mine.unitId), theirs: unitName(theirs.unitId) },
    text('title', t('ideas.titleLabel')),
    text('description', t('ideas.description')),
    text('estimatedCost', t('ideas.estimatedCostLabel')),
    text('startDate', t('ideas.periodStart')),
    text('endDate', t('ideas.periodEnd')),
  ];
}
