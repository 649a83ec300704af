import { describe, expect, it } from 'vitest';
import { monthGrid } from './month-calendar';

describe('monthGrid', () => {
  it('runs from the Monday on or before the first to the Sunday on or after the last', () => {
    const weeks = monthGrid('2027-03');
    expect(weeks[0][0]).toBe('2027-03-01');
    expect(weeks.at(-1)?.at(-1)).toBe('2027-04-04');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('starts in the previous month when the first is not a Monday', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks[0][0]).toBe('2026-11-30');
    expect(weeks.at(-1)?.at(-1)).toBe('2027-01-03');
    expect(weeks).toHaveLength(5);
  });
});
