/** /applications/:id/history, /projects/:id/history and /reports/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordHistory } from '@/features/history/components/record-history';
import { useApplication } from '@/features/applications/api/get-application';
import { useProject } from '@/features/projects/api/get-project';

export function ProjectHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useProject(id);
  const name = project.data?.title;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {project.data && <Link to={`/projects/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <RecordHistory record="projects" id={id} caption={t('history.projectCaption')} />
    </>
  );
}

export function ReportHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const name = t('history.report');
  return (
    <>
      <PageHeader title={t('history.titleOf', { name })}>
        <Link to={`/reports/${id}`}>{t('history.backTo', { name })}</Link>
      </PageHeader>
      <RecordHistory record="reports" id={id} caption={t('history.reportCaption')} />
    </>
  );
}

export function ApplicationHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);
  const name = application.data?.title;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {application.data && <Link to={`/applications/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <RecordHistory record="applications" id={id} caption={t('history.applicationCaption')} />
    </>
  );
}
