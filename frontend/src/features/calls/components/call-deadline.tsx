/** A call's deadline: in the call's zone, in the user's zone when different, and the days left. */
import { useTranslation } from 'react-i18next';
import type { CallView } from '@/lib/api/types';
import { localTimeZone } from '@/lib/i18n/zoned-time';
import { deadlineTexts } from './deadline-texts';

type DeadlineCall = Pick<CallView, 'closesAt' | 'timeZone' | 'status'>;

function useDeadline(call: DeadlineCall) {
  const { t, i18n } = useTranslation();
  const zone = localTimeZone();
  return { texts: deadlineTexts(call, t, i18n.resolvedLanguage ?? 'sv', zone, new Date()), zone, t };
}

/** Compact, for a table cell. */
export function CallDeadline({ call }: { call: DeadlineCall }) {
  const { texts, t } = useDeadline(call);
  return (
    <>
      <time dateTime={call.closesAt}>{texts.callZone}</time>
      {texts.local && (
        <>
          <br />
          <span className="muted">{t('calls.localTime', { time: texts.local })}</span>
        </>
      )}
      <br />
      <span className={texts.days !== null && texts.days <= 30 ? 'badge badge--warning' : 'badge'}>{texts.remaining}</span>
    </>
  );
}

/** Complete, for the call's page: both zones named, even when they read the same. */
export function CallDeadlineDetails({ call }: { call: DeadlineCall }) {
  const { texts, zone, t } = useDeadline(call);
  return (
    <>
      <dt>{t('calls.deadlineIn', { zone: call.timeZone })}</dt>
      <dd>
        <time dateTime={call.closesAt}>{texts.callZone}</time>
      </dd>
      <dt>{t('calls.deadlineLocal', { zone })}</dt>
      <dd>{texts.localAlways}</dd>
      <dt>{t('calls.remaining')}</dt>
      <dd>{texts.remaining}</dd>
    </>
  );
}
