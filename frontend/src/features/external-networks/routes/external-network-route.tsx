/** /external-networks/:id: the members from the municipality, the meetings and what the office brought back. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '@/lib/person-name';
import { Link, useParams } from 'react-router';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import type { ExternalNetworkView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useFormat } from '@/lib/i18n/format';
import { useAddMeeting, useExternalNetwork } from '../api/external-networks';
import { RecordPage } from '@/components/record-editor/record-page';

export function ExternalNetworkRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useExternalNetwork(id)} title={t('externalNetworks.detailTitle')}>
      {(network) => <NetworkPage network={network} />}
    </RecordPage>
  );
}

function NetworkPage({ network }: { network: ExternalNetworkView }) {
  const { t } = useTranslation();
  const personName = usePersonName();
  const format = useFormat();
  const { canWriteTwinTowns: isOffice } = usePermissions();
  return (
    <>
      <PageHeader
        title={network.name}
        actions={
          isOffice && (
            <Link className="button button--secondary" to={`/external-networks/${network.id}/edit`}>
              {t('common.edit')}
            </Link>
          )
        }
      >
        {network.description && <p className="lead">{network.description}</p>}
        {network.website && (
          <p>
            <a href={network.website} rel="noreferrer noopener" target="_blank">
              {network.website}
            </a>
          </p>
        )}
      </PageHeader>
      <Notice />
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">{t('externalNetworks.membersTitle')}</h2>
        {network.members.length === 0 ? (
          <p>{t('externalNetworks.noMembers')}</p>
        ) : (
          <ul className="plain-list">
            {network.members.map((member) => (
              <li key={`${member.name}-${member.email ?? ''}`}>
                {[personName(member.name), member.unitName, member.role].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('externalNetworks.meetingsTitle')}</h2>
        {network.meetings.length === 0 ? (
          <p>{t('externalNetworks.noMeetings')}</p>
        ) : (
          <ul className="plain-list">
            {network.meetings.map((meeting) => (
              <li key={meeting.id}>
                <strong>
                  {format.date(meeting.heldOn)} {meeting.title}
                </strong>
                {meeting.place && `, ${meeting.place}`}
                {meeting.broughtBack && (
                  <p className="pre-line">
                    {t('externalNetworks.broughtBack')}: {meeting.broughtBack}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        {isOffice && <MeetingForm networkId={network.id} />}
      </section>
    </>
  );
}

const EMPTY = { heldOn: '', title: '', place: '', broughtBack: '' };

function MeetingForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [saved, setSaved] = useState(false);
  const add = useAddMeeting(networkId);
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    add.mutate(
      { heldOn: values.heldOn, title: values.title, place: values.place || null, broughtBack: values.broughtBack || null },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setSaved(true);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="meeting-form-title">
      <h3 id="meeting-form-title">{t('externalNetworks.addMeeting')}</h3>
      <ProblemAlert error={add.error} />
      {saved && (
        <p className="alert alert--success" role="status">
          {t('externalNetworks.meetingAdded')}
        </p>
      )}
      <TextField formId="meeting" name="heldOn" type="date" label={t('externalNetworks.heldOn')} value={values.heldOn} onChange={set('heldOn')} required />
      <TextField formId="meeting" name="title" label={t('externalNetworks.meetingTitle')} value={values.title} onChange={set('title')} required />
      <TextField formId="meeting" name="place" label={t('externalNetworks.place')} value={values.place} onChange={set('place')} />
      <TextAreaField formId="meeting" name="broughtBack" label={t('externalNetworks.broughtBack')} value={values.broughtBack} onChange={set('broughtBack')} rows={3} />
      <div className="button-row">
        <button type="submit" className="button" disabled={add.isPending}>
          {t('externalNetworks.addMeeting')}
        </button>
      </div>
    </form>
  );
}
