/** The advisors' form for a new or changed event: times are Swedish local times (the browser's datetime fields). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { AUDIENCES, EVENT_KINDS, type Audience, type EventKind, type EventRequest, type EventView } from '../api/events';

const FORM_ID = 'event-form';

interface Values {
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

const EMPTY: Values = {
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
export function eventToValues(event: EventView): Values {
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

interface EventFormProps {
  units: { id: string; code: string; name: string }[];
  /** The event being changed; a new one otherwise. */
  event?: EventView;
  error: unknown;
  pending: boolean;
  onSubmit: (body: EventRequest) => Promise<EventView | undefined>;
  onCancel: () => void;
}

export function EventForm({ units, event, error, pending, onSubmit, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => (event ? eventToValues(event) : EMPTY));
  const { fieldErrors, check } = useFormErrors(error);
  const set = (name: keyof Values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    const errors: Record<string, string> = {};
    for (const name of ['title', 'startsAt', 'endsAt', 'organiser'] as const) {
      if (!values[name].trim()) errors[name] = t('form.requiredError');
    }
    if (!check(errors)) return;
    const body: EventRequest = {
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
    const saved = await onSubmit(body).catch(() => undefined);
    if (saved && !event) setValues(EMPTY);
  };

  return (
    <form id={FORM_ID} className="form" noValidate onSubmit={submit} aria-labelledby={`${FORM_ID}-heading`}>
      <h2 id={`${FORM_ID}-heading`}>{event ? t('events.editTitle', { title: event.title }) : t('events.createTitle')}</h2>
      <ProblemAlert error={alertError(error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      <TextField formId={FORM_ID} name="title" label={t('events.fields.title')} value={values.title} onChange={set('title')} required error={fieldErrors.title} />
      <SelectField
        formId={FORM_ID}
        name="kind"
        label={t('events.fields.kind')}
        value={values.kind}
        onChange={set('kind')}
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`eventKind.${kind}`) }))}
      />
      <TextField formId={FORM_ID} name="startsAt" type="datetime-local" label={t('events.fields.startsAt')} hint={t('events.swedishTime')} value={values.startsAt} onChange={set('startsAt')} required error={fieldErrors.startsAt} />
      <TextField formId={FORM_ID} name="endsAt" type="datetime-local" label={t('events.fields.endsAt')} value={values.endsAt} onChange={set('endsAt')} required error={fieldErrors.endsAt} />
      <TextField formId={FORM_ID} name="place" label={t('events.fields.place')} hint={t('events.placeOrLink')} value={values.place} onChange={set('place')} error={fieldErrors.place} />
      <TextField formId={FORM_ID} name="link" type="url" label={t('events.fields.link')} value={values.link} onChange={set('link')} error={fieldErrors.link} />
      <SelectField
        formId={FORM_ID}
        name="audience"
        label={t('events.fields.audience')}
        value={values.audience}
        onChange={set('audience')}
        options={AUDIENCES.map((audience) => ({ value: audience, label: t(`audience.${audience}`) }))}
      />
      {values.audience === 'UNITS' && (
        <SelectField
          formId={FORM_ID}
          name="unitId"
          label={t('events.fields.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('events.chooseUnit')}
          options={units.map((unit) => ({ value: unit.id, label: `${unit.code} ${unit.name}` }))}
          error={fieldErrors.audienceUnitIds}
        />
      )}
      <TextField formId={FORM_ID} name="organiser" label={t('events.fields.organiser')} value={values.organiser} onChange={set('organiser')} required error={fieldErrors.organiser} />
      <TextField formId={FORM_ID} name="capacity" type="number" min={1} label={t('events.fields.capacity')} hint={t('events.capacityHint')} value={values.capacity} onChange={set('capacity')} error={fieldErrors.capacity} />
      <TextAreaField formId={FORM_ID} name="description" label={t('events.fields.description')} value={values.description} onChange={set('description')} error={fieldErrors.description} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {event ? t('common.save') : t('events.create')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
