/** /events: the month's trainings and meetings as a calendar and a list; advisors add events; everyone gets a feed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { usePermissions } from '@/lib/auth/me-context';
import { useCreateEvent, useEvents } from '../api/events';
import { EventForm } from '../components/event-form';
import { emptyEventForm, formToEventRequest, validateEventForm } from '../components/event-form-values';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { FeedPanel } from '../components/feed-panel';
import { MonthCalendar } from '../components/month-calendar';

function currentMonth(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 7);
}

function shift(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

function lastDay(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

export function useCanManageEvents(): boolean {
  const permissions = usePermissions();
  return permissions.canManageEvents;
}

export function EventsRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? (params.get('month') as string) : currentMonth();
  const events = useEvents(`${month}-01`, lastDay(month));
  const canManage = useCanManageEvents();
  const [creating, setCreating] = useState(false);
  const units = useUnitOptions();
  const go = (to: string) => setParams((current) => ({ ...Object.fromEntries(current), month: to }));

  return (
    <>
      <PageHeader
        title={t('events.title')}
        actions={
          canManage && !creating ? (
            <button type="button" className="button" onClick={() => setCreating(true)}>
              {t('events.create')}
            </button>
          ) : undefined
        }
      >
        <p>{t('events.intro')}</p>
      </PageHeader>
      {creating && <EventCreator units={units.data ?? []} onCancel={() => setCreating(false)} />}
      <nav className="month-nav" aria-label={t('events.monthNav')}>
        <button type="button" className="button button--secondary" onClick={() => go(shift(month, -1))}>
          {t('events.previousMonth')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => go(currentMonth())}>
          {t('events.thisMonth')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => go(shift(month, 1))}>
          {t('events.nextMonth')}
        </button>
      </nav>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ProblemAlert error={events.error} />
      ) : (
        <>
          <MonthCalendar month={month} events={events.data} />
          <h2>{t('events.listTitle')}</h2>
          {events.data.length === 0 ? (
            <p>{t('events.none')}</p>
          ) : (
            <ul className="event-list">
              {events.data.map((event) => (
                <li key={event.id}>
                  <Link to={`/events/${event.id}`}>{event.title}</Link>{' '}
                  <span>
                    {t(`eventKind.${event.kind}`)}, {event.startsAt.slice(0, 16).replace('T', ' ')}–{event.endsAt.slice(11, 16)}
                    {event.myStatus && event.myStatus !== 'CANCELLED' ? ` · ${t(`registrationStatus.${event.myStatus}`)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <FeedPanel />
    </>
  );
}

/** The create form above the calendar: on success, to the new event. */
function EventCreator({ units, onCancel }: { units: { id: string; code: string; name: string }[]; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const form = useRecordCreator({
    initial: () => emptyEventForm,
    mutation: create,
    toRequest: formToEventRequest,
    validate: (values) => validateEventForm(values, t('form.requiredError')),
    onCreated: (created) => navigate(`/events/${created.id}`),
    submitLabel: t('events.create'),
  });
  return <EventForm {...form} heading={t('events.createTitle')} units={units} onCancel={onCancel} />;
}
