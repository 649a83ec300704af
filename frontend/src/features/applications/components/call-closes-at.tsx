/** An application's call deadline in a table cell: in Brussels time, as EU deadlines are given, and in the user's own when it reads differently. */
import { useTranslation } from 'react-i18next';
import { EU_DEADLINE_TIME_ZONE, formatInZone, localTimeZone } from '@/lib/i18n/zoned-time';

export function CallClosesAt({ closesAt }: { closesAt: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!closesAt) return <>–</>;
  const language = i18n.resolvedLanguage ?? 'sv';
  const eu = formatInZone(closesAt, EU_DEADLINE_TIME_ZONE, language);
  const local = formatInZone(closesAt, localTimeZone(), language);
  return (
    <>
      <time dateTime={closesAt}>{eu}</time>
      {local !== eu && (
        <>
          <br />
          <span className="muted">{t('calls.localTime', { time: local })}</span>
        </>
      )}
    </>
  );
}
