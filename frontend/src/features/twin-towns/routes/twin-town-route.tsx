/** /twin-towns/:id: the agreement, contacts, cooperation log and partner applications; advisors edit, upload the agreement and log activities. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '@/lib/person-name';
import { Link, useParams } from 'react-router';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { FileUploadForm } from '@/components/file-upload-form';
import { PageHeader } from '@/components/layout/page-header';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { OrganisationName } from '@/components/organisation-name';
import { ACTIVITY_KINDS, type ActivityKind, type TwinTownView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { downloadAgreement, useAddActivity, useTwinTown, useUploadAgreement } from '../api/twin-towns';
import { RecordPage } from '@/components/record-editor/record-page';

export function TwinTownRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useTwinTown(id)} title={t('twinTowns.detailTitle')}>
      {(town) => <TwinTownPage town={town} />}
    </RecordPage>
  );
}

function TwinTownPage({ town }: { town: TwinTownView }) {
  const { t } = useTranslation();
  const personName = usePersonName();
  const format = useFormat();
  const { canWriteTwinTowns: isOffice } = usePermissions();
  const upload = useUploadAgreement(town.id);
  return (
    <>
      <PageHeader
        title={town.name}
        actions={
          isOffice && (
            <Link className="button button--secondary" to={`/twin-towns/${town.id}/edit`}>
              {t('common.edit')}
            </Link>
          )
        }
      >
        <p className="lead">
          <OrganisationName id={town.organisationId} legalName={town.organisationName} />
          {`, ${[town.city, countryName(town.country, format.language)].filter(Boolean).join(', ')}`}
        </p>
      </PageHeader>
      <Notice />
      <section className="section" aria-labelledby="agreement-title">
        <h2 id="agreement-title">{t('twinTowns.agreement')}</h2>
        <dl className="details">
          <div>
            <dt>{t('twinTowns.kind')}</dt>
            <dd>{t(`agreementKind.${town.agreementKind}`)}</dd>
          </div>
          <div>
            <dt>{t('twinTowns.signedOn')}</dt>
            <dd>{format.date(town.signedOn) || '–'}</dd>
          </div>
          <div>
            <dt>{t('twinTowns.renewedOn')}</dt>
            <dd>{format.date(town.renewedOn) || '–'}</dd>
          </div>
          <div>
            <dt>{t('twinTowns.document')}</dt>
            <dd>
              {town.agreement ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void downloadAgreement(town.id, town.agreement?.fileName ?? 'avtal')}
                >
                  {town.agreement.fileName}
                </button>
              ) : (
                '–'
              )}
            </dd>
          </div>
        </dl>
        {town.notes && <p className="pre-line">{town.notes}</p>}
        {isOffice && (
          <FileUploadForm
            formId="agreement-upload"
            title={town.agreement ? t('twinTowns.replaceAgreement') : t('twinTowns.uploadAgreement')}
            label={t('twinTowns.agreementFile')}
            submitLabel={t('twinTowns.upload')}
            upload={(file) => upload.mutateAsync(file)}
            doneMessage={(fileName) => t('twinTowns.agreementUploaded', { fileName })}
          />
        )}
      </section>
      <section className="section" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t('twinTowns.contacts')}</h2>
        {town.contacts.length === 0 ? (
          <p>{t('twinTowns.noContacts')}</p>
        ) : (
          <ul className="plain-list">
            {town.contacts.map((contact) => (
              <li key={`${contact.name}-${contact.email ?? ''}`}>
                {[personName(contact.name), contact.role, contact.email, contact.phone].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="log-title">
        <h2 id="log-title">{t('twinTowns.log')}</h2>
        {town.activities.length === 0 ? (
          <p>{t('twinTowns.noActivities')}</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">{t('twinTowns.log')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('twinTowns.date')}</th>
                  <th scope="col">{t('twinTowns.activityKind')}</th>
                  <th scope="col">{t('twinTowns.activityTitle')}</th>
                  <th scope="col">{t('twinTowns.units')}</th>
                  <th scope="col">{t('twinTowns.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {town.activities.map((activity) => (
                  <tr key={activity.id}>
                    <td>
                      {format.date(activity.startsOn)}
                      {activity.endsOn && activity.endsOn !== activity.startsOn ? ` – ${format.date(activity.endsOn)}` : ''}
                    </td>
                    <td>{t(`activityKind.${activity.kind}`)}</td>
                    <td>{activity.title}</td>
                    <td>{activity.units.map((unit) => unit.name).join(', ')}</td>
                    <td className="pre-line">{activity.outcome ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {isOffice && <ActivityForm townId={town.id} />}
      </section>
      <section className="section" aria-labelledby="applications-title">
        <h2 id="applications-title">{t('twinTowns.applications')}</h2>
        {town.applications.length === 0 ? (
          <p>{t('twinTowns.noApplications')}</p>
        ) : (
          <ul className="plain-list">
            {town.applications.map((application) => (
              <li key={application.applicationId}>
                <Link to={`/applications/${application.applicationId}`}>{application.title}</Link> ({application.unitName},{' '}
                {t(`applicationStatus.${application.status}`)})
                {application.projectId && (
                  <>
                    {' – '}
                    <Link to={`/projects/${application.projectId}`}>{t('twinTowns.project')}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const EMPTY = { kind: 'VISIT', title: '', startsOn: '', endsOn: '', outcome: '' };

function ActivityForm({ townId }: { townId: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [saved, setSaved] = useState(false);
  const add = useAddActivity(townId);
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    add.mutate(
      {
        kind: values.kind as ActivityKind,
        title: values.title,
        startsOn: values.startsOn,
        endsOn: values.endsOn || null,
        outcome: values.outcome || null,
      },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setSaved(true);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="activity-form-title">
      <h3 id="activity-form-title">{t('twinTowns.addActivity')}</h3>
      <ProblemAlert error={add.error} />
      {saved && (
        <p className="alert alert--success" role="status">
          {t('twinTowns.activityAdded')}
        </p>
      )}
      <SelectField
        formId="activity"
        name="kind"
        label={t('twinTowns.activityKind')}
        value={values.kind}
        onChange={set('kind')}
        options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activityKind.${kind}`) }))}
        required
      />
      <TextField formId="activity" name="title" label={t('twinTowns.activityTitle')} value={values.title} onChange={set('title')} required />
      <TextField formId="activity" name="startsOn" type="date" label={t('twinTowns.startsOn')} value={values.startsOn} onChange={set('startsOn')} required />
      <TextField formId="activity" name="endsOn" type="date" label={t('twinTowns.endsOn')} value={values.endsOn} onChange={set('endsOn')} />
      <TextAreaField formId="activity" name="outcome" label={t('twinTowns.outcome')} value={values.outcome} onChange={set('outcome')} rows={3} />
      <div className="button-row">
        <button type="submit" className="button" disabled={add.isPending}>
          {t('twinTowns.addActivity')}
        </button>
      </div>
    </form>
  );
}
