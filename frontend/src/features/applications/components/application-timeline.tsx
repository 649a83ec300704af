/** The workflow steps taken, oldest first: what, from and to which status, who, when and why. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/i18n/format';
import { useTimeline } from '../api/get-timeline';

export function ApplicationTimeline({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useTimeline(applicationId);
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <ProblemAlert error={timeline.error} />;
  if (timeline.data.length === 0) return <p>{t('applications.noTimeline')}</p>;
  return (
    <ol className="plain-list timeline">
      {timeline.data.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <p>
            <strong>
              {t('applications.timelineStep', {
                action: t(`transitionAction.${entry.action}`),
                from: t(`applicationStatus.${entry.fromStatus}`),
                to: t(`applicationStatus.${entry.toStatus}`),
              })}
            </strong>
          </p>
          <p className="muted">
            {entry.actor.name || entry.actor.subject}, <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
          </p>
          {entry.comment && <p className="pre-line">{entry.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
