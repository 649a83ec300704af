/** /applications/:id: content, status and the steps the user may take, team, partnership, timeline, attachments and comments. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { usePermissions } from '@/lib/auth/me-context';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { useApplication } from '../api/get-application';
import { SimilarResultsPanel } from '@/components/similar-results/similar-results-panel';
import { ApplicationAttachments } from '../components/application-attachments';
import { ApplicationBudget } from '../components/application-budget';
import { ApplicationComments } from '../components/application-comments';
import { ApplicationContent } from '../components/application-content';
import { ApplicationDetails } from '../components/application-details';
import { ApplicationPartnership } from '../components/application-partnership';
import { ApplicationReadiness } from '../components/application-readiness';
import { ApplicationTeam } from '../components/application-team';
import { ApplicationTimeline } from '../components/application-timeline';
import { TransitionActions } from '../components/transition-actions';
import { useApplicationAccess } from '@/lib/auth/application-access';

/** Statuses that have a frozen submitted version. */
const SUBMITTED_OR_LATER = new Set(['SUBMITTED', 'GRANTED', 'REJECTED']);

export function ApplicationDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = useApplicationAccess();
  const { canSeeHistory } = usePermissions();
  const application = useApplication(id);
  const [message, setMessage] = useState('');
  if (application.isPending) return <Loading />;
  if (application.isError)
    return (
      <>
        <PageHeader title={t('applications.detailTitle')} />
        <ProblemAlert error={application.error} />
      </>
    );
  const data = application.data;
  const editable = data.status === 'DRAFT';
  return (
    <>
      <PageHeader
        title={data.title}
        actions={
          <>
            {access.canEdit(data) && (
              <Link className="button button--secondary" to={`/applications/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
            {(SUBMITTED_OR_LATER.has(data.status) || data.submittedOn) && (
              <Link className="button button--secondary" to={`/applications/${data.id}/submitted`}>
                {t('applications.submittedVersion')}
              </Link>
            )}
          </>
        }
      >
        {data.acronym && <p className="lead">{data.acronym}</p>}
        {canSeeHistory && <Link to={`/applications/${data.id}/history`}>{t('history.link')}</Link>}
      </PageHeader>
      <Notice />
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      <ApplicationReadiness application={data} canEdit={access.canEdit(data)} />
      <ApplicationDetails application={data} />
      <section className="section" aria-labelledby="workflow-title">
        <h2 id="workflow-title">{t('applications.actions')}</h2>
        <TransitionActions application={data} onDone={setMessage} />
      </section>
      <section className="section" aria-labelledby="team-title">
        <h2 id="team-title">{t('applications.team')}</h2>
        <ApplicationTeam applicationId={data.id} canManage={access.canWrite} />
      </section>
      <section id="partnership" tabIndex={-1} className="section" aria-labelledby="partnership-title">
        <h2 id="partnership-title">{t('applications.partnership')}</h2>
        <ApplicationPartnership application={data} canManage={access.canEdit(data)} />
      </section>
      <section className="section" aria-labelledby="budget-title">
        <h2 id="budget-title">{t('applications.budget')}</h2>
        <ApplicationBudget application={data} canEdit={access.canEdit(data)} />
      </section>
      <section className="section" aria-labelledby="content-title">
        <h2 id="content-title">{t('applications.content')}</h2>
        <ApplicationContent content={data} />
      </section>
      <SimilarResultsPanel kind="applications" id={data.id} />
      <section className="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('applications.timeline')}</h2>
        <ApplicationTimeline applicationId={data.id} />
      </section>
      <section className="section" aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t('applications.attachments')}</h2>
        <ApplicationAttachments applicationId={data.id} editable={editable && access.canWrite} />
      </section>
      <section className="section" aria-labelledby="comments-title">
        <h2 id="comments-title">{t('applications.comments')}</h2>
        <ApplicationComments applicationId={data.id} canWrite={access.canWrite} canWriteInternal={access.canWriteInternal} />
      </section>
    </>
  );
}
