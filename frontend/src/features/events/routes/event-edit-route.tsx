/** /events/:id/edit (advisors and admins): change the event (If-Match; on a conflict the stored one beside the user's, to overwrite or take) or delete it (only without registrations, EVENT-005). */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { getEventQueryOptions, useDeleteEvent, useEvent, useUpdateEvent, type EventView } from '../api/events';
import { EventForm } from '../components/event-form';
import { eventToValues, formToEventRequest, validateEventForm } from '../components/event-form-values';
import { RecordPage } from '@/components/record-editor/record-page';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { eventConflictRows } from './event-conflict-rows';

export function EventEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useEvent(id)} title={t('events.title')}>
      {(event) => <EventEditor key={id} event={event} />}
    </RecordPage>
  );
}

function EventEditor({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useUnitOptions();
  const update = useUpdateEvent(event.id);
  const deletion = useDeleteEvent();
  const editor = useRecordEditor({
    record: event,
    toForm: eventToValues,
    mutation: update,
    save: (values, version) => update.mutateAsync({ version, body: formToEventRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getEventQueryOptions(event.id), staleTime: 0 }),
    validate: (values) => validateEventForm(values, t('form.requiredError')),
    onSaved: (values) => navigate(`/events/${event.id}`, { state: { notice: t('events.saved', { title: values.title }) } }),
  });
  return (
    <>
      <PageHeader
        title={editor.base.title}
        actions={
          <DeleteRecordButton
            deletion={deletion}
            variables={{ id: event.id, version: editor.base.version }}
            title={t('events.deleteTitle', { title: event.title })}
            to="/events"
            notice={t('events.deleted', { title: event.title })}
          >
            <p>{t('events.deleteText')}</p>
          </DeleteRecordButton>
        }
      />
      <EventForm
        {...editor.form}
        heading={t('events.editTitle', { title: editor.base.title })}
        units={units.data ?? []}
        onCancel={() => navigate(`/events/${event.id}`)}
      >
        {editor.conflictNotice((latest) => eventConflictRows(editor.values, latest, t))}
      </EventForm>
    </>
  );
}
