/** The advisors' form for a new or changed event: times are Swedish local times (the browser's datetime fields). */
import { useTranslation } from 'react-i18next';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { AUDIENCES, EVENT_KINDS } from '../api/events';
import type { EventFormValues } from './event-form-values';

const FORM_ID = 'event-form';

interface EventFormProps extends RecordFormProps<EventFormValues> {
  units: { id: string; code: string; name: string }[];
  heading: string;
}

export function EventForm(props: EventFormProps) {
  const { values, onChange, fieldErrors, units, heading, children } = props;
  const { t } = useTranslation();
  const set = fieldSetter(values, onChange);
  const header = (
    <>
      <h2 id={`${FORM_ID}-heading`}>{heading}</h2>
      {children}
    </>
  );
  return (
    <FormShell formId={FORM_ID} form={props} header={header} labelledBy={`${FORM_ID}-heading`}>
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
    </FormShell>
  );
}
