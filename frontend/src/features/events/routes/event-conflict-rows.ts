/** The rows of the conflict notice: the user's event next to the stored one, as people read them. */
import type { TFunction } from 'i18next';
import { textConflictRow, type ConflictRow } from '@/components/conflict-notice';
import type { EventView } from '../api/events';
import { eventToValues, type EventFormValues } from '../components/event-form-values';

export function eventConflictRows(mine: EventFormValues, latest: EventView, t: TFunction): ConflictRow[] {
  const theirs = eventToValues(latest);
  const text = textConflictRow(mine, theirs);
  return [
    text('title', t('events.fields.title')),
    { field: 'kind', label: t('events.fields.kind'), mine: t(`eventKind.${mine.kind}`), theirs: t(`eventKind.${theirs.kind}`) },
    text('startsAt', t('events.fields.startsAt')),
    text('endsAt', t('events.fields.endsAt')),
    text('place', t('events.fields.place')),
    text('link', t('events.fields.link')),
    { field: 'audience', label: t('events.fields.audience'), mine: t(`audience.${mine.audience}`), theirs: t(`audience.${theirs.audience}`) },
    text('organiser', t('events.fields.organiser')),
    text('capacity', t('events.fields.capacity')),
    text('description', t('events.fields.description')),
  ];
}
