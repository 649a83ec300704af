/** A call's deadline as people need it: in the call's own zone (EU deadlines are Brussels time), in theirs, and how long is left. */
import type { TFunction } from 'i18next';
import type { CallView } from '@/lib/api/types';
import { daysUntil, formatInZone } from '@/lib/i18n/zoned-time';

export interface DeadlineTexts {
  /** In the call's zone, e.g. "5 mars 2026 17:00 CET". */
  callZone: string;
  /** In the user's zone; null when it reads the same as in the call's zone. */
  local: string | null;
  /** In the user's zone, always. */
  localAlways: string;
  /** "Stänger om 3 dagar", "Stänger i dag", "Stängd". */
  remaining: string;
  /** Days left (0 = today), null when closed. */
  days: number | null;
}

export function deadlineTexts(
  call: Pick<CallView, 'closesAt' | 'timeZone' | 'status'>,
  t: TFunction,
  language: string,
  localZone: string,
  now: Date,
): DeadlineTexts {
  const callZone = formatInZone(call.closesAt, call.timeZone, language);
  const local = formatInZone(call.closesAt, localZone, language);
  const days = call.status === 'CLOSED' ? null : daysUntil(call.closesAt, now, localZone);
  const remaining =
    days === null ? t('calls.closed') : days === 0 ? t('calls.closesToday') : days === 1 ? t('calls.closesTomorrow') : t('calls.closesInDays', { count: days });
  return { callZone, local: local === callZone ? null : local, localAlways: local, remaining, days };
}
