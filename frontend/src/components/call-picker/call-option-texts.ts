/** What a call option says: identifier, title, programme, status, the deadline in the call's zone and, when it differs, in Swedish time. */
import type { TFunction } from 'i18next';
import type { CallView } from '@/lib/api/types';
import { formatInZone } from '@/lib/i18n/zoned-time';

export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

export type OptionCall = Pick<CallView, 'identifier' | 'title' | 'programmeName' | 'status' | 'closesAt' | 'timeZone'>;

export interface CallOptionTexts {
  heading: string;
  programme: string;
  status: string;
  /** e.g. "Sista dag 5 mars 2026 17:00 CET". */
  deadline: string;
  /** e.g. "(svensk tid 5 mars 2026 23:00 CET)"; null when it reads the same. */
  swedishDeadline: string | null;
}

export function callOptionTexts(call: OptionCall, t: TFunction, language: string): CallOptionTexts {
  const inCallZone = formatInZone(call.closesAt, call.timeZone, language);
  const inSweden = formatInZone(call.closesAt, SWEDISH_TIME_ZONE, language);
  return {
    heading: `${call.identifier}: ${call.title}`,
    programme: call.programmeName,
    status: t(`callStatus.${call.status}`),
    deadline: t('callPicker.deadline', { time: inCallZone }),
    swedishDeadline: inSweden === inCallZone ? null : t('callPicker.swedishTime', { time: inSweden }),
  };
}
