/** /events/:id/edit (advisors and admins): change the event (If-Match) or delete it (only without registrations, EVENT-005). */
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { useDeleteEvent, useEvent, useUpdateEvent, type EventView } from '../api/events';
import { EventForm } from '../components/event-form';
import { RecordPage } from '@/components/record-editor/record-page';

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
  const units = useUnitOptions();
  const update = useUpdateEvent(event.id);
  const deletion = useDeleteEvent();
  return (
    <>
      <PageHeader
        title={event.title}
        actions={
          <DeleteRecordButton
            deletion={deletion}
            variables={{ id: event.id, version: event.version }}
            title={t('events.deleteTitle', { title: event.title })}
            to="/events"
            notice={t('events.deleted', { title: event.title })}
          >
            <p>{t('events.deleteText')}</p>
          </DeleteRecordButton>
        }
      />
      <EventForm
        units={units.data ?? []}
        event={event}
        error={update.error}
        pending={update.isPending}
        onCancel={() => navigate(`/events/${event.id}`)}
        onSubmit={async (body) => {
          const saved = await update.mutateAsync({ version: event.version, body });
          navigate(`/events/${event.id}`, { state: { notice: t('events.saved', { title: saved.title }) } });
          return saved;
        }}
      />
    </>
  );
}
