/** /projects/:id: the project's facts, what is due next, the reporting schedule and the final report. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { ReportKind } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useProject } from '@/features/projects/api/get-project';
import { useSchedule } from '@/features/projects/api/get-schedule';
import { isReportStarted, useStartReport } from '@/features/projects/api/start-report';
import { NextDue } from '@/features/projects/components/next-due';
import { ProjectClosing } from '@/features/projects/components/project-closing';
import { ProjectFileLog } from '@/features/projects/components/project-file-log';
import { ProjectExports } from '@/features/projects/components/project-exports';
import { ProjectFacts } from '@/features/projects/components/project-facts';
import { ReportCell } from '@/features/projects/components/report-cell';
import { ScheduleTable } from '@/features/projects/components/schedule-table';
import { localToday } from '@/features/projects/local-today';
import { useReadiness } from '@/components/readiness/get-readiness';
import { ReadinessPanel } from '@/components/readiness/readiness-panel';
import { useProjectAccess } from '@/features/projects/routes/use-project-access';
import { ProjectControllers } from '@/features/control/components/project-controllers';

export function ProjectDetailRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const project = useProject(id);
  const schedule = useSchedule(id);
  const access = useProjectAccess(project.data);
  const start = useStartReport();
  const [starting, setStarting] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  if (project.isPending) return <Loading />;
  if (project.isError)
    return (
      <>
        <PageHeader title={t('projects.detailTitle')} />
        <ProblemAlert error={project.error} />
      </>
    );
  const data = project.data;

  const begin = (kind: ReportKind, periodNumber: number | null) => {
    setStarting(`${kind}-${periodNumber ?? 'final'}`);
    setMessage('');
    start.mutateAsync({ projectId: data.id, kind, periodNumber }).then(
      (reportId) => navigate(`/reports/${reportId}`),
      () => setStarting(null),
    );
  };

  return (
    <>
      <PageHeader title={data.title}>
        {data.acronym && <p className="lead">{data.acronym}</p>}
        {access.canAudit && <Link to={`/projects/${data.id}/history`}>{t('history.link')}</Link>}
      </PageHeader>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      {isReportStarted(start.error) ? (
        <p className="alert alert--warning" role="alert">
          {t('projects.reportExists')}
        </p>
      ) : (
        <ProblemAlert error={start.error} />
      )}
      <ProjectReadiness projectId={data.id} version={data.version} />
      <ProjectFacts project={data} />
      {schedule.isPending ? (
        <Loading />
      ) : schedule.isError ? (
        <ProblemAlert error={schedule.error} />
      ) : (
        <>
          <section className="section" aria-labelledby="next-title">
            <h2 id="next-title">{t('projects.nextTitle')}</h2>
            <NextDue schedule={schedule.data} />
          </section>
          <section id="schedule" tabIndex={-1} className="section" aria-labelledby="schedule-title">
            <h2 id="schedule-title">{t('projects.scheduleTitle')}</h2>
            <ScheduleTable
              projectId={data.id}
              periods={schedule.data.periods}
              canStart={access.canStartReports}
              canMoveDeadlines={access.canMoveDeadlines}
              starting={starting}
              onStart={begin}
              onMessage={setMessage}
            />
          </section>
          <section className="section" aria-labelledby="final-title">
            <h2 id="final-title">{t('reports.kind.FINAL')}</h2>
            {schedule.data.finalReportDue && (
              <p>
                {t('projects.dueOn')} <time dateTime={schedule.data.finalReportDue}>{format.date(schedule.data.finalReportDue)}</time>
              </p>
            )}
            <p>
              <ReportCell
                report={schedule.data.finalReport}
                kind="FINAL"
                periodNumber={null}
                canStart={access.canStartReports}
                starting={starting === 'FINAL-final'}
                onStart={() => begin('FINAL', null)}
              />
            </p>
          </section>
        </>
      )}
      <ProjectControllers projectId={data.id} onMessage={setMessage} />
      <ProjectClosing project={data} canManage={access.canMoveDeadlines} canPurge={access.canPurge} today={localToday()} />
      <ProjectExports project={data} canAudit={access.canAudit} />
      <ProjectFileLog project={data} canAudit={access.canAudit} />
    </>
  );
}

/** The project's next lifecycle step at the top; closing needs the funder's last payment, recorded on a report. */
function ProjectReadiness({ projectId, version }: { projectId: string; version: number }) {
  const { t } = useTranslation();
  const readiness = useReadiness('project', projectId, version);
  if (!readiness.data || readiness.data.nextSteps.length === 0) return null;
  return (
    <ReadinessPanel
      readiness={readiness.data}
      actionLabel={(action) => t(`projects.closing.action.${action}`)}
      linkFor={() => ({ anchor: '#schedule' })}
    />
  );
}
