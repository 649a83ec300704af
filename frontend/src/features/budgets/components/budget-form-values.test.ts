import { describe, expect, it } from 'vitest';
import type { BudgetContent } from '@/lib/api/types';
import { contentToForm, formToContent, parseNumber } from './budget-form-values';

const content: BudgetContent = {
  currency: 'EUR',
  sekPerEur: null,
  partners: [{ partnerId: 'p1', flatRates: [{ type: 'INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING', percent: 25 }], euRatePercent: 100, contributions: {} }],
  lines: [
    { id: 'a', partnerId: 'p1', category: 'EXTERNAL_EXPERTISE', period: 1, kind: 'REAL_COST', currency: 'EUR', description: 'Utvärdering', amount: 2000, subcontracting: true },
    { id: 'b', partnerId: 'p1', category: 'STAFF', period: 2, kind: 'REAL_COST', currency: 'EUR', description: null, amount: 10000.5 },
  ],
};

describe('budget form values', () => {
  it('keeps a subcontract through the form and sends the flag only for external expertise', () => {
    const form = contentToForm(content);
    expect(form.lines.map((line) => line.subcontracting)).toEqual([true, false]);
    expect(formToContent(form).lines[0].subcontracting).toBe(true);
    expect(formToContent(form).lines[1]).not.toHaveProperty('subcontracting');

    const moved = { ...form, lines: [{ ...form.lines[0], category: 'STAFF' as const }, form.lines[1]] };
    expect(formToContent(moved).lines[0]).not.toHaveProperty('subcontracting');
  });

  it('reads numbers as a Swedish user types them', () => {
    expect(parseNumber('10 000,50')).toBe(10000.5);
    expect(parseNumber('10\u00a0000,50')).toBe(10000.5);
    expect(parseNumber('11,4830')).toBe(11.483);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('tio')).toBeNull();
  });

  it('reads a decimal point as well as a decimal comma, and thousands grouped either way', () => {
    expect(parseNumber('38000.50')).toBe(38000.5);
    expect(parseNumber('11.483')).toBe(11.483);
    expect(parseNumber('1,234.50')).toBe(1234.5);
    expect(parseNumber('1.234,50')).toBe(1234.5);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('-5,5')).toBe(-5.5);
    expect(parseNumber(',5')).toBe(0.5);
  });

  it('refuses what is not one number', () => {
    expect(parseNumber('1,2,3')).toBeNull();
    expect(parseNumber('12 kr')).toBeNull();
    expect(parseNumber('1e5')).toBeNull();
    expect(parseNumber('1,2.3,4')).toBeNull();
  });

  it('writes the saved numbers as the user\'s language does: the planning rate 11,4830', () => {
    const form = contentToForm({ ...content, currency: 'SEK', sekPerEur: 11.483 });
    expect(form.sekPerEur).toBe('11,4830');
    expect(form.lines[1].amount).toBe('10000,50');
    expect(contentToForm({ ...content, sekPerEur: 11.483 }, 'en').sekPerEur).toBe('11.4830');
    expect(form.lines[0].amount).toBe('2000');
    // And back to the same numbers.
    expect(formToContent(form).lines.map((line) => line.amount)).toEqual([2000, 10000.5]);
  });
});
