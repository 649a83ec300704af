/** Instants shown and entered in a named time zone (EU deadlines are Brussels time), independent of the browser's zone. */
import { localeOf } from './format';

const DAY = 86_400_000;

/** The zone EU calls give their deadlines in. */
export const EU_DEADLINE_TIME_ZONE = 'Europe/Brussels';

/** The browser's own IANA time zone, e.g. "Europe/Stockholm". */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function parts(date: Date, timeZone: string): Record<string, number> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const result: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) if (part.type !== 'literal') result[part.type] = Number(part.value);
  return result;
}

/** Minutes the zone is ahead of UTC at that instant (e.g. 60 for Brussels in winter). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "2026-03-05T17:00" read as wall time in the zone → "2026-03-05T17:00:00+01:00"; '' when not a wall time. */
export function wallTimeToIso(wallTime: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!match) return '';
  const [, y, mo, d, h, mi] = match.map(Number);
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the guessed instant, then once more at the corrected one (daylight-saving edges).
  let offset = zoneOffsetMinutes(new Date(wallAsUtc), timeZone);
  offset = zoneOffsetMinutes(new Date(wallAsUtc - offset * 60_000), timeZone);
  return `${wallTime}:00${offsetText(offset)}`;
}

/** The instant a calendar day ("YYYY-MM-DD") starts in the zone; '' when not a date. */
export function startOfDayIso(date: string, timeZone: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? wallTimeToIso(`${date}T00:00`, timeZone) : '';
}

/** An instant as wall time in the zone, "YYYY-MM-DDTHH:mm" (the value of a datetime-local input). */
export function isoToWallTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Date and time of an instant in the zone, with the zone's short name: "5 mars 2026 17:00 CET". */
export function formatInZone(iso: string | null | undefined, timeZone: string, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
function dayInZone(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day);
}

/**
 * Whole calendar days from now to the instant, counted in the given zone (the user's):
 * 0 = today, 1 = tomorrow; null when the instant has passed.
 */
export function daysUntil(iso: string, now: Date, timeZone: string = localTimeZone()): number | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || date.getTime() <= now.getTime()) return null;
  return Math.round((dayInZone(date, timeZone) - dayInZone(now, timeZone)) / DAY);
}
