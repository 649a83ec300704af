/**
 * /reports/:id: a report's facts, its text (a form while the user may change it), for a financial report its
 * expenditure lines with evidence and the claim, the workflow steps, the timeline and, for advisors, the payment;
 * once paid, the funder's corrections.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import type { ReportView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useClaim } from '@/features/reports/api/get-claim';
import { useReport } from '@/features/reports/api/get-report';
import { usePartners, useReportProject } from '@/features/reports/api/get-report-project';
import { ClaimSummaryView } from '@/features/reports/components/claim-summary';
import { ExpendituresSection } from '@/features/reports/components/expenditures-section';
import { PaymentForm } from '@/features/reports/components/payment-form';
import { ReportActions } from '@/features/reports/components/report-actions';
import { ReportContentView } from '@/features/reports/components/report-content';
import { ReportFacts } from '@/features/reports/components/report-facts';
import { ReportForm } from '@/features/reports/components/report-form';
import { ReportTimeline } from '@/features/reports/components/report-timeline';
import { useReadiness } from '@/components/readiness/get-readiness';
import { ReadinessPanel } from '@/components/readiness/readiness-panel';
import { ControlSection } from '@/features/control/components/control-section';
import { FunderCorrectionsSection } from '@/features/control/components/funder-corrections';
import { RecordPage } from '@/components/record-editor/record-page';

export function ReportRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useReport(id)} title={t('reports.detailTitle')}>
      {(report) => <ReportPage report={report} />}
    </RecordPage>
  );
}

function ReportPage({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const { canSeeHistory } = usePermissions();
  const permissions = usePermissions();
  const project = useReportProject(report.projectId);
  const partners = usePartners(project.data?.applicationId);
  const financial = report.kind === 'FINANCIAL';
  // The claim knows the budget's currency: a new line's default.
  const claim = useClaim(report.id, financial);
  const [message, setMessage] = useState('');
  const title =
    report.periodNumber === null
      ? t(`reports.kind.${report.kind}`)
      : t('reports.titleOfPeriod', { kind: t(`reports.kind.${report.kind}`), number: report.periodNumber });
  const acronym = project.data?.acronym ?? project.data?.title;
  const canRecordPayment = financial && report.status === 'SENT_TO_FUNDER' && permissions.canRecordPayments;

  return (
    <>
      <PageHeader title={acronym ? `${title} – ${acronym}` : title}>
        {canSeeHistory && <Link to={`/reports/${report.id}/history`}>{t('history.link')}</Link>}
      </PageHeader>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      <ReadinessPanelOf report={report} />
      <ReportFacts report={report} project={project.data} />
      <section id="report-text" tabIndex={-1} className="section" aria-labelledby="report-text-title">
        <h2 id="report-text-title">{t('reports.textTitle')}</h2>
        {report.editable ? (
          // Keyed by version so a new version (a step, a line change) starts the form from the server's text.
          <ReportForm key={`${report.id}-${report.status}`} report={report} onSaved={setMessage} />
        ) : (
          <>
            <p className="muted">{t('reports.readOnly')}</p>
            <ReportContentView report={report} />
          </>
        )}
      </section>
      {financial && (
        <>
          <section id="lines" tabIndex={-1} className="section" aria-labelledby="lines-title">
            <h2 id="lines-title">{t('reports.linesTitle')}</h2>
            {partners.isError ? (
              <ProblemAlert error={partners.error} />
            ) : (
              <ExpendituresSection reportId={report.id} editable={report.editable} partners={partners.data ?? []} currency={claim.data?.currency ?? 'SEK'} />
            )}
          </section>
          <section className="section" aria-labelledby="claim-title">
            <h2 id="claim-title">{t('reports.claimTitle')}</h2>
            <ClaimSummaryView report={report} partners={partners.data ?? []} />
          </section>
          {report.status !== 'DRAFT' && <ControlSection report={report} onMessage={setMessage} />}
        </>
      )}
      <section className="section" aria-labelledby="workflow-title">
        <h2 id="workflow-title">{t('reports.workflowTitle')}</h2>
        <ReportActions report={report} onDone={setMessage} />
      </section>
      <section className="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('reports.timelineTitle')}</h2>
        <ReportTimeline reportId={report.id} />
      </section>
      {canRecordPayment && (
        <section className="section" aria-labelledby="payment-title">
          <h2 id="payment-title">{t('reports.paymentTitle')}</h2>
          <PaymentForm key={report.version} report={report} onSaved={setMessage} />
        </section>
      )}
      {financial && report.status === 'SENT_TO_FUNDER' && report.paidAmount !== null && (
        <FunderCorrectionsSection report={report} partners={partners.data ?? []} onMessage={setMessage} />
      )}
    </>
  );
}

/** The report's next steps at the top: what submitting needs is fixed in its text or its lines. */
function ReadinessPanelOf({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const readiness = useReadiness('report', report.id, report.version);
  if (!readiness.data) return null;
  return (
    <ReadinessPanel
      readiness={readiness.data}
      actionLabel={(action) => t(`reports.action.${action}`)}
      linkFor={(item) => ({ anchor: item.code.startsWith('CONTROL-') ? '#control' : item.section === 'EXPENDITURE' ? '#lines' : '#report-text' })}
    />
  );
}
