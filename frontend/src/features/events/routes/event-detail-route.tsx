/** /events/:id: the event, the caller's registration, the calendar file; for advisors participants, guests and attendance. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '@/lib/person-name';
import { Link, useParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { FileUploadForm } from '@/components/file-upload-form';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import {
  useCancelMine,
  useDeleteMaterial,
  useDownloadCalendar,
  useEvent,
  useInvite,
  useRecordAttendance,
  useRegisterGuest,
  useRegisterMe,
  useRegistrations,
  useRemind,
  useUploadMaterial,
  type EventView,
} from '../api/events';
import { useCanManageEvents } from './events-route';

function when(event: EventView): string {
  const start = event.startsAt.slice(0, 16).replace('T', ' ');
  const sameDay = event.startsAt.slice(0, 10) === event.endsAt.slice(0, 10);
  return `${start}–${sameDay ? event.endsAt.slice(11, 16) : event.endsAt.slice(0, 16).replace('T', ' ')}`;
}

export function EventDetailRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const canManage = useCanManageEvents();
  const register = useRegisterMe(id);
  const cancel = useCancelMine(id);
  const calendar = useDownloadCalendar(id);
  const invite = useInvite(id);
  const remind = useRemind(id);
  const upload = useUploadMaterial(id);
  const removeMaterial = useDeleteMaterial(id);
  const material = useMutation({
    mutationFn: async ({ materialId, fileName }: { materialId: string; fileName: string }) => {
      const request = api.GET('/api/v1/events/{id}/materials/{materialId}', { params: { path: { id, materialId } }, parseAs: 'blob' });
      saveFile(await unwrapAs<Blob>(request), fileName);
    },
  });

  if (event.isPending) return <Loading />;
  if (event.isError) return <ProblemAlert error={event.error} />;
  const e = event.data;
  const active = e.myStatus === 'REGISTERED' || e.myStatus === 'WAITING';
  return (
    <>
      <PageHeader
        title={e.title}
        actions={
          <>
            <button type="button" className="button button--secondary" disabled={calendar.isPending} onClick={() => calendar.mutate()}>
              {t('events.downloadCalendar')}
            </button>
            {canManage && (
              <Link className="button button--secondary" to={`/events/${e.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
          </>
        }
      >
        <p>
          <Link to="/events">{t('events.back')}</Link>
        </p>
      </PageHeader>
      <Notice />
      {calendar.isError && <ProblemAlert error={calendar.error} />}
      <dl className="details">
        <dt>{t('events.fields.kind')}</dt>
        <dd>{t(`eventKind.${e.kind}`)}</dd>
        <dt>{t('events.fields.when')}</dt>
        <dd>
          {when(e)} ({t('events.swedishTime')})
        </dd>
        {e.place && (
          <>
            <dt>{t('events.fields.place')}</dt>
            <dd>{e.place}</dd>
          </>
        )}
        {e.link && (
          <>
            <dt>{t('events.fields.link')}</dt>
            <dd>
              <a href={e.link} rel="noreferrer">
                {e.link}
              </a>
            </dd>
          </>
        )}
        <dt>{t('events.fields.audience')}</dt>
        <dd>
          {t(`audience.${e.audience}`)}
          {e.audienceUnits.length > 0 && `: ${e.audienceUnits.map((unit) => unit.code).join(', ')}`}
        </dd>
        <dt>{t('events.fields.organiser')}</dt>
        <dd>{e.organiser}</dd>
        <dt>{t('events.fields.seats')}</dt>
        <dd>
          {e.capacity == null
            ? t('events.seatsUnlimited', { registered: e.registered })
            : t('events.seats', { registered: e.registered, capacity: e.capacity, waiting: e.waiting })}
        </dd>
      </dl>
      {e.description && <p className="event-description">{e.description}</p>}

      <section className="panel" aria-labelledby="my-registration">
        <h2 id="my-registration">{t('events.myRegistration')}</h2>
        <p role="status">
          {e.myStatus === 'REGISTERED'
            ? t('events.youAreRegistered')
            : e.myStatus === 'WAITING'
              ? t('events.youAreWaiting', { position: e.myPosition ?? 0 })
              : t('events.youAreNotRegistered')}
        </p>
        {active ? (
          <button type="button" className="button button--secondary" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            {t('events.cancelRegistration')}
          </button>
        ) : (
          <button type="button" className="button" disabled={register.isPending} onClick={() => register.mutate()}>
            {e.capacity != null && e.registered >= e.capacity ? t('events.joinWaitingList') : t('events.register')}
          </button>
        )}
        {register.isError && <ProblemAlert error={register.error} />}
        {cancel.isError && <ProblemAlert error={cancel.error} />}
      </section>

      {(e.materials.length > 0 || canManage) && (
        <section aria-labelledby="materials">
          <h2 id="materials">{t('events.materials')}</h2>
          {e.materials.length === 0 ? (
            <p>{t('events.noMaterials')}</p>
          ) : (
            <ul>
              {e.materials.map((file) => (
                <li key={file.id}>
                  <button type="button" className="link-button" onClick={() => material.mutate({ materialId: file.id, fileName: file.fileName })}>
                    {file.fileName}
                  </button>
                  {canManage && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={removeMaterial.isPending}
                        onClick={() => removeMaterial.mutate(file.id)}
                      >
                        {t('events.removeMaterial', { fileName: file.fileName })}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {material.isError && <ProblemAlert error={material.error} />}
          {removeMaterial.isError && <ProblemAlert error={removeMaterial.error} />}
          {canManage && (
            <FileUploadForm
              formId="material-upload"
              title={t('events.addMaterial')}
              label={t('events.materialFile')}
              submitLabel={t('events.uploadMaterial')}
              upload={(file) => upload.mutateAsync(file)}
              doneMessage={(fileName) => t('events.materialUploaded', { fileName })}
            />
          )}
        </section>
      )}

      {canManage && (
        <>
          <section className="panel" aria-labelledby="invite">
            <h2 id="invite">{t('events.invitations')}</h2>
            <button type="button" className="button button--secondary" disabled={invite.isPending} onClick={() => invite.mutate()}>
              {t('events.invite')}
            </button>
            {invite.data && <p role="status">{t('events.invited', { count: invite.data.recipients })}</p>}
            {invite.isError && <ProblemAlert error={invite.error} />}
            <p>{t('events.remindIntro')}</p>
            <button type="button" className="button button--secondary" disabled={remind.isPending} onClick={() => remind.mutate()}>
              {t('events.remind')}
            </button>
            {remind.data && <p role="status">{t('events.reminded', { count: remind.data.recipients })}</p>}
            {remind.isError && <ProblemAlert error={remind.error} />}
          </section>
          <Participants event={e} />
          <GuestForm eventId={e.id} />
        </>
      )}
    </>
  );
}

function Participants({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const personName = usePersonName();
  const registrations = useRegistrations(event.id, true);
  const attendance = useRecordAttendance(event.id);
  const begun = new Date() >= new Date(`${event.startsAt}`);
  if (registrations.isPending) return <Loading />;
  if (registrations.isError) return <ProblemAlert error={registrations.error} />;
  const shown = registrations.data.filter((r) => r.status !== 'CANCELLED');
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">{t('events.participants')}</h2>
      {!begun && <p>{t('events.attendanceLater')}</p>}
      {shown.length === 0 ? (
        <p>{t('events.noParticipants')}</p>
      ) : (
        <table className="table">
          <caption>{t('events.participantsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.participant')}</th>
              <th scope="col">{t('events.email')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col">{t('events.attended')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <td>
                  {personName(r.name)}
                  {r.guest && ` (${t('events.guest')})`}
                </td>
                <td>{r.email ?? ''}</td>
                <td>
                  {t(`registrationStatus.${r.status}`)}
                  {r.position != null && ` (${r.position})`}
                </td>
                <td>
                  {r.status === 'REGISTERED' && begun ? (
                    <input
                      type="checkbox"
                      aria-label={t('events.attendedBy', { name: r.name })}
                      checked={r.attended === true}
                      disabled={attendance.isPending}
                      onChange={(change) => attendance.mutate({ registration: r, attended: change.target.checked })}
                    />
                  ) : r.attended == null ? (
                    '–'
                  ) : (
                    t(r.attended ? 'common.yes' : 'common.no')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {attendance.isError && <ProblemAlert error={attendance.error} />}
    </section>
  );
}

function GuestForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const guest = useRegisterGuest(eventId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const { fieldErrors, check } = useFormErrors(guest.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('form.requiredError');
    if (!email.trim()) errors.email = t('form.requiredError');
    if (!check(errors)) return;
    guest.mutate(
      { name, email },
      {
        onSuccess: () => {
          setName('');
          setEmail('');
        },
      },
    );
  };
  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="guest-title">
      <h2 id="guest-title">{t('events.guestTitle')}</h2>
      <p>{t('events.guestIntro')}</p>
      <ProblemAlert error={alertError(guest.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      <TextField formId="guest" name="name" label={t('events.guestName')} value={name} onChange={setName} required error={fieldErrors.name} />
      <TextField formId="guest" name="email" type="email" label={t('events.email')} value={email} onChange={setEmail} required error={fieldErrors.email} />
      {guest.isSuccess && <p role="status">{t('events.guestRegistered')}</p>}
      <button type="submit" className="button" disabled={guest.isPending}>
        {t('events.registerGuest')}
      </button>
    </form>
  );
}
