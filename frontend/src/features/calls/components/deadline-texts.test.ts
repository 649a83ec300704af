import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { deadlineTexts } from './deadline-texts';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');
const call = { closesAt: '2026-03-05T17:00:00+01:00', timeZone: 'Europe/Brussels', status: 'OPEN' as const };

describe('deadline texts', () => {
  it('shows Brussels time and the user local time when they differ', () => {
    const texts = deadlineTexts(call, en, 'en', 'Europe/London', new Date('2026-02-20T12:00:00Z'));
    expect(texts.callZone).toMatch(/5 Mar 2026.*17:00/);
    expect(texts.local).toMatch(/5 Mar 2026.*16:00/);
    expect(texts.remaining).toBe('Closes in 13 days');
    expect(texts.days).toBe(13);
  });

  it('leaves out the local time when the user is in the same time', () => {
    const texts = deadlineTexts(call, sv, 'sv', 'Europe/Brussels', new Date('2026-03-04T12:00:00Z'));
    expect(texts.callZone).toMatch(/5 mars 2026.*17:00/);
    expect(texts.local).toBeNull();
    expect(texts.localAlways).toBe(texts.callZone);
    expect(texts.remaining).toBe('Stänger i morgon');
  });

  it('counts the days in the user zone: a Brussels afternoon is the next day in Sydney', () => {
    const texts = deadlineTexts(call, sv, 'sv', 'Australia/Sydney', new Date('2026-03-05T00:00:00Z'));
    // 11:00 on 5 March in Sydney; the deadline is 03:00 on 6 March there.
    expect(texts.local).toMatch(/6 mars 2026.*03:00/);
    expect(texts.remaining).toBe('Stänger i morgon');
  });

  it('says today, and closed after the deadline or when the server says so', () => {
    expect(deadlineTexts(call, sv, 'sv', 'Europe/Stockholm', new Date('2026-03-05T08:00:00Z')).remaining).toBe('Stänger i dag');
    expect(deadlineTexts(call, sv, 'sv', 'Europe/Stockholm', new Date('2026-03-05T16:00:01Z')).remaining).toBe('Stängd');
    expect(deadlineTexts({ ...call, status: 'CLOSED' }, sv, 'sv', 'Europe/Stockholm', new Date('2026-03-01T08:00:00Z')).days).toBeNull();
  });
});
