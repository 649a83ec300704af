/** The event form's values, to and from the API: times are Swedish local times (the browser's datetime fields). */
import type { Audience, EventKind, EventRequest, EventView } from '../api/events';

export interface EventFormValues {
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  place: string;
  link: string;
  audience: string;
  unitId: string;
  organiser: string;
  capacity: string;
  description: string;
}

export const emptyEventForm: EventFormValues = {
  title: '',
  kind: 'TRAINING',
  startsAt: '',
  endsAt: '',
  place: '',
  link: '',
  audience: 'ALL',
  unitId: '',
  organiser: '',
  capacity: '',
  description: '',
};

/** The form's values of a stored event (its times are Swedish local times already). */
export function eventToValues(event: EventView): EventFormValues {
  return {
    title: event.title,
    kind: event.kind,
    startsAt: event.startsAt.slice(0, 16),
    endsAt: event.endsAt.slice(0, 16),
    place: event.place ?? '',
    link: event.link ?? '',
    audience: event.audience,
    unitId: event.audienceUnits[0]?.id ?? '',
    organiser: event.organiser,
    capacity: event.capacity == null ? '' : String(event.capacity),
    description: event.description ?? '',
  };
}

/** The request of the form's values: datetime fields without seconds get them. */
export function formToEventRequest(values: EventFormValues): EventRequest {
  return {
    title: values.title,
    kind: values.kind as EventKind,
    startsAt: values.startsAt.length === 16 ? `${values.startsAt}:00` : values.startsAt,
    endsAt: values.endsAt.length === 16 ? `${values.endsAt}:00` : values.endsAt,
    place: values.place || undefined,
    link: values.link || undefined,
    audience: values.audience as Audience,
    audienceUnitIds: values.audience === 'UNITS' && values.unitId ? [values.unitId] : undefined,
    organiser: values.organiser,
    capacity: values.capacity ? Number(values.capacity) : undefined,
    description: values.description || undefined,
  };
}

/** The client's checks: the required fields. */
export function validateEventForm(values: EventFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const name of ['title', 'startsAt', 'endsAt', 'organiser'] as const) {
    if (!values[name].trim()) errors[name] = required;
  }
  return errors;
}
