import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { formToRateRequest, parseRate, rateKeyOf, rateServerErrors, validateRateForm } from './rate-form-values';

const t = i18n.getFixedT('sv');

describe('the rate form', () => {
  it('reads a rate with a decimal comma or point, and nothing else', () => {
    expect(parseRate('11,4830')).toBe(11.483);
    expect(parseRate(' 11.4830 ')).toBe(11.483);
    expect(parseRate('11')).toBe(11);
    expect(parseRate('1 234,5')).toBeNull();
    expect(parseRate('-1')).toBeNull();
    expect(parseRate('11,4,8')).toBeNull();
  });

  it('checks what it can before sending and sends the rate as a number', () => {
    expect(validateRateForm({ currency: 'SEK', month: '2026-11', unitsPerEur: 'elva', source: '' }, t)).toEqual({
      unitsPerEur: 'Ange ett tal, t.ex. 11,4830.',
    });
    expect(Object.keys(validateRateForm({ currency: 'SE', month: '2026-1', unitsPerEur: '', source: '' }, t))).toEqual([
      'currency',
      'month',
      'unitsPerEur',
    ]);
    const values = { currency: ' sek ', month: '2026-11', unitsPerEur: '11,4830', source: '  ' };
    expect(formToRateRequest(values)).toEqual({ unitsPerEur: 11.483, source: null });
    expect(rateKeyOf(values)).toEqual({ currency: 'SEK', month: '2026-11' });
  });

  it('shows the server rules in the user language by their code', () => {
    const errors = rateServerErrors(
      {
        errors: [
          { field: 'month', message: 'must be between 1999-01 and 2026-12', code: 'RATE-004', params: { earliest: '1999-01', latest: '2026-12' } },
          { field: 'rows[2].source', message: 'repeats the SEK rate of 2026-01 in row 1', code: 'RATE-008', params: { currency: 'SEK', month: '2026-01', row: 1 } },
          { field: 'other', message: 'x' },
        ] as never,
      },
      t,
    );
    expect(errors).toEqual({
      month: 'Månaden får vara från 1999-01 till och med 2026-12 (nästa månad).',
      source: 'Kursen för SEK 2026-01 finns redan på rad 1.',
    });
  });
});
