/** A report's facts: project, kind, period, status, deadline, and what the workflow recorded (sent, paid, reopened). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectView, ReportView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useMoney } from '@/lib/i18n/use-money';

export function ReportFacts({ report, project }: { report: ReportView; project: ProjectView | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  return (
    <dl className="details">
      <dt>{t('reports.project')}</dt>
      <dd>
        <Link to={`/projects/${report.projectId}`}>{project ? project.title : t('reports.openProject')}</Link>
      </dd>
      <dt>{t('reports.kindLabel')}</dt>
      <dd>{t(`reports.kind.${report.kind}`)}</dd>
      {report.periodNumber !== null && (
        <>
          <dt>{t('reports.period')}</dt>
          <dd>{report.periodNumber}</dd>
        </>
      )}
      <dt>{t('common.status')}</dt>
      <dd data-testid="report-status">{t(`reports.status.${report.status}`)}</dd>
      {report.reportDue && (
        <>
          <dt>{t('reports.due')}</dt>
          <dd>
            <time dateTime={report.reportDue}>{format.date(report.reportDue)}</time>
          </dd>
        </>
      )}
      {report.reopenReason && (
        <>
          <dt>{t('reports.reopenReason')}</dt>
          <dd className="pre-line">{report.reopenReason}</dd>
        </>
      )}
      {report.sentOn && (
        <>
          <dt>{t('reports.sentOn')}</dt>
          <dd>{format.date(report.sentOn)}</dd>
          <dt>{t('reports.funderReference')}</dt>
          <dd>{report.funderReference ?? '–'}</dd>
        </>
      )}
      {report.paidOn && (
        <>
          <dt>{t('reports.paid')}</dt>
          <dd>{t('reports.paidText', { amount: money.amount(report.paidAmount), date: format.date(report.paidOn) })}</dd>
        </>
      )}
    </dl>
  );
}
