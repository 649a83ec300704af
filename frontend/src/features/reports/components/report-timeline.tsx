/**
 * The workflow steps taken, oldest first: what, from and to which status, who, when, the comment, and how many lines
 * an advisor accepted or sent without evidence.
 */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/i18n/format';
import { useReportTimeline } from '../api/get-report-timeline';

export function ReportTimeline({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useReportTimeline(reportId);
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <ProblemAlert error={timeline.error} />;
  if (timeline.data.length === 0) return <p>{t('reports.noTimeline')}</p>;
  return (
    <ol className="plain-list timeline" data-testid="report-timeline">
      {timeline.data.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <p>
            <strong>
              {t('reports.timelineStep', {
                action: t(`reports.action.${entry.action}`),
                from: t(`reports.status.${entry.fromStatus}`),
                to: t(`reports.status.${entry.toStatus}`),
              })}
            </strong>
          </p>
          <p className="muted">
            {entry.actor.name || entry.actor.subject}, <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
          </p>
          {entry.linesWithoutEvidence != null && <p>{t('reports.confirmedWithoutEvidence', { count: entry.linesWithoutEvidence })}</p>}
          {entry.comment && <p className="pre-line">{entry.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
