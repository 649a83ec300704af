/** "Nästa att rapportera": the earliest period with a report still to hand in, its deadline and what is missing. */
import { useTranslation } from 'react-i18next';
import type { ScheduleView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { localToday } from '../local-today';

type Next = NonNullable<ScheduleView['next']>;

/** The reports of the period not handed in yet (none, or a draft or a returned one). */
function missing(period: Next): ('progress' | 'financial')[] {
  const handedIn = (ref: Next['progress']) => ref !== null && ref.status !== 'DRAFT' && ref.status !== 'RETURNED';
  return (['progress', 'financial'] as const).filter((kind) => !handedIn(period[kind]));
}

export function NextDue({ schedule }: { schedule: ScheduleView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const next = schedule.next;
  if (!next) {
    return <p>{schedule.finalReportDue ? t('projects.nothingDueButFinal', { due: format.date(schedule.finalReportDue) }) : t('projects.nothingDue')}</p>;
  }
  const overdue = next.reportDue < localToday();
  const reports = missing(next).map((kind) => t(`projects.${kind}Report`));
  return (
    <div className="card" data-testid="next-due">
      <p>
        <strong>{t('projects.nextPeriod', { number: next.number, from: format.date(next.startsOn), to: format.date(next.endsOn) })}</strong>
      </p>
      <p>
        {t('projects.nextReports', { reports: reports.join(t('projects.and')) })}{' '}
        {t('projects.dueOn')} <time dateTime={next.reportDue}>{format.date(next.reportDue)}</time>
        {overdue && <strong> {t('projects.overdue')}</strong>}
      </p>
    </div>
  );
}
