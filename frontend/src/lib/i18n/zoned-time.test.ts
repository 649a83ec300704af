import { describe, expect, it } from 'vitest';
import { daysUntil, formatInZone, isoToWallTime, startOfDayIso, wallTimeToIso, zoneOffsetMinutes } from './zoned-time';

describe('instants in a named time zone', () => {
  it('knows Brussels is UTC+1 in winter and UTC+2 in summer', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Brussels')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Brussels')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('turns a Brussels wall time into an instant with its offset', () => {
    expect(wallTimeToIso('2026-03-05T17:00', 'Europe/Brussels')).toBe('2026-03-05T17:00:00+01:00');
    expect(wallTimeToIso('2026-09-15T17:00', 'Europe/Brussels')).toBe('2026-09-15T17:00:00+02:00');
    // The night Brussels moves to summer time: 03:30 exists only as summer time.
    expect(wallTimeToIso('2026-03-29T03:30', 'Europe/Brussels')).toBe('2026-03-29T03:30:00+02:00');
    expect(wallTimeToIso('', 'Europe/Brussels')).toBe('');
  });

  it('starts a calendar day at midnight in the zone', () => {
    expect(startOfDayIso('2026-03-01', 'Europe/Stockholm')).toBe('2026-03-01T00:00:00+01:00');
    expect(startOfDayIso('2026-06-01', 'Europe/Stockholm')).toBe('2026-06-01T00:00:00+02:00');
    expect(startOfDayIso('1 mars', 'Europe/Stockholm')).toBe('');
    expect(startOfDayIso('', 'Europe/Stockholm')).toBe('');
  });

  it('shows an instant as wall time of any zone', () => {
    expect(isoToWallTime('2026-03-05T16:00:00Z', 'Europe/Brussels')).toBe('2026-03-05T17:00');
    expect(isoToWallTime('2026-03-05T17:00:00+01:00', 'Asia/Tokyo')).toBe('2026-03-06T01:00');
    expect(isoToWallTime(null, 'Europe/Brussels')).toBe('');
  });

  it('formats a deadline in the call zone and in another zone', () => {
    const deadline = '2026-03-05T17:00:00+01:00';
    expect(formatInZone(deadline, 'Europe/Brussels', 'en')).toMatch(/5 Mar 2026.*17:00/);
    expect(formatInZone(deadline, 'Europe/Brussels', 'en')).toMatch(/CET|GMT\+1/);
    expect(formatInZone(deadline, 'America/New_York', 'en')).toMatch(/5 Mar 2026.*11:00/);
    expect(formatInZone(deadline, 'Asia/Tokyo', 'sv')).toMatch(/6 mars 2026.*01:00/);
  });

  it('counts calendar days left in the user zone, not 24-hour periods', () => {
    const deadline = '2026-03-06T17:00:00+01:00';
    // 20:00 the evening before in Stockholm: 21 hours left, but it closes tomorrow.
    expect(daysUntil(deadline, new Date('2026-03-05T19:00:00Z'), 'Europe/Stockholm')).toBe(1);
    expect(daysUntil(deadline, new Date('2026-03-06T08:00:00Z'), 'Europe/Stockholm')).toBe(0);
    // In Tokyo the Brussels deadline of 6 March falls on 7 March (01:00): at midnight there it is "today".
    expect(daysUntil(deadline, new Date('2026-03-06T15:00:00Z'), 'Asia/Tokyo')).toBe(0);
    expect(daysUntil(deadline, new Date('2026-03-06T14:59:00Z'), 'Asia/Tokyo')).toBe(1);
    expect(daysUntil(deadline, new Date('2026-02-04T12:00:00Z'), 'Europe/Stockholm')).toBe(30);
    expect(daysUntil(deadline, new Date('2026-03-06T16:00:01Z'), 'Europe/Stockholm')).toBeNull();
  });
});
