/** The reporting periods: dates, deadline (advisors move it), and the progress and financial reports with their status or a start button. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodView, ReportKind } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { DeadlineDialog } from './deadline-dialog';
import { ReportCell } from './report-cell';

interface ScheduleTableProps {
  projectId: string;
  periods: PeriodView[];
  canStart: boolean;
  canMoveDeadlines: boolean;
  /** The report being started, as "KIND-number". */
  starting: string | null;
  onStart: (kind: ReportKind, periodNumber: number) => void;
  onMessage: (message: string) => void;
}

export function ScheduleTable({ projectId, periods, canStart, canMoveDeadlines, starting, onStart, onMessage }: ScheduleTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [moving, setMoving] = useState<PeriodView | null>(null);
  if (periods.length === 0) return <p>{t('projects.noPeriods')}</p>;
  const cell = (period: PeriodView, kind: 'PROGRESS' | 'FINANCIAL') => (
    <ReportCell
      report={kind === 'PROGRESS' ? period.progress : period.financial}
      kind={kind}
      periodNumber={period.number}
      canStart={canStart}
      starting={starting === `${kind}-${period.number}`}
      onStart={() => onStart(kind, period.number)}
    />
  );
  return (
    <>
      <div className="table-wrapper">
        <table className="table">
          <caption>{t('projects.scheduleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.periodNumber')}</th>
              <th scope="col">{t('projects.dates')}</th>
              <th scope="col">{t('projects.deadline')}</th>
              <th scope="col">{t('reports.kind.PROGRESS')}</th>
              <th scope="col">{t('reports.kind.FINANCIAL')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.number}>
                <th scope="row">{t('projects.periodLabel', { number: period.number })}</th>
                <td>
                  {format.date(period.startsOn)} – {format.date(period.endsOn)}
                </td>
                <td>
                  <time dateTime={period.reportDue}>{format.date(period.reportDue)}</time>
                  {canMoveDeadlines && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t('projects.moveDeadlineOf', { number: period.number })}
                        onClick={() => setMoving(period)}
                      >
                        {t('projects.moveDeadline')}
                      </button>
                    </>
                  )}
                </td>
                <td>{cell(period, 'PROGRESS')}</td>
                <td>{cell(period, 'FINANCIAL')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {moving && (
        <DeadlineDialog
          key={moving.number}
          projectId={projectId}
          period={moving}
          onClose={() => setMoving(null)}
          onDone={(message) => {
            setMoving(null);
            onMessage(message);
          }}
        />
      )}
    </>
  );
}
