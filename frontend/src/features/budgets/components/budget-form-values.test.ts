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
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('tio')).toBeNull();
  });
});
