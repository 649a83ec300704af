/** One report of the schedule: a link to it with its status, or a button to start it, or "not started". */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportKind, ReportStatus } from '@/lib/api/types';
import { ReportStatusBadge } from './report-status-badge';

interface ReportCellProps {
  report: { id: string; status: ReportStatus } | null;
  kind: ReportKind;
  /** The period's number, for the accessible names; none for the final report. */
  periodNumber: number | null;
  canStart: boolean;
  starting: boolean;
  onStart: () => void;
}

export function ReportCell({ report, kind, periodNumber, canStart, starting, onStart }: ReportCellProps) {
  const { t } = useTranslation();
  // Within a sentence: "Påbörja ekonomisk rapport för period 2".
  const kindName = t(`reports.kind.${kind}`).toLocaleLowerCase();
  const name = periodNumber === null ? kindName : t('projects.reportOfPeriod', { kind: kindName, number: periodNumber });
  if (report)
    return (
      <>
        <Link to={`/reports/${report.id}`} aria-label={t('projects.openReport', { name })}>
          {t('projects.open')}
        </Link>{' '}
        <ReportStatusBadge status={report.status} />
      </>
    );
  if (!canStart) return <span className="muted">{t('projects.notStarted')}</span>;
  return (
    <button type="button" className="button button--secondary" onClick={onStart} disabled={starting} aria-label={t('projects.startReport', { name })}>
      {t('projects.start')}
    </button>
  );
}
