import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

describe('formatting per language', () => {
  it('formats a calendar date in Swedish and British English', () => {
    expect(formatDate('2026-03-05', 'sv')).toBe('5 mars 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026');
  });

  it('keeps empty and unknown dates readable', () => {
    expect(formatDate(null, 'sv')).toBe('');
    expect(formatDate('not a date', 'sv')).toBe('not a date');
  });

  it('formats numbers with the language grouping', () => {
    expect(formatNumber(12345, 'sv').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });

  it('formats a timestamp with date and time', () => {
    expect(formatDateTime('2026-03-05T10:15:00Z', 'en')).toMatch(/5 Mar 2026/);
  });
});
