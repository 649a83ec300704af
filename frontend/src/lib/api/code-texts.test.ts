import { describe, expect, it } from 'vitest';
import schema from './schema.d.ts?raw';
import sv from '../i18n/locales/sv.json';
import en from '../i18n/locales/en.json';
import { codeText, formatParams } from './code-text';
import { i18n } from '../i18n/i18n';

/** The contract's ProblemCode enum as the generated types spell it: "A" | "B" | …. */
function contractCodes(): string[] {
  const match = /^\s*ProblemCode:\s*((?:"[^"]+"\s*\|?\s*)+);/m.exec(schema);
  if (!match) throw new Error('schema.d.ts has no ProblemCode enum; run npm run generate');
  return [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

describe('the texts of the contract codes', () => {
  const codes = contractCodes();

  it('reads the whole registry from the generated contract', () => {
    expect(codes.length).toBeGreaterThan(150);
    expect(codes).toEqual(expect.arrayContaining(['VALIDATION', 'STALE_VERSION', 'UNIT-001', 'REPORT-020', 'NotNull', 'Size']));
  });

  it.each([
    ['sv', sv.errors.code as Record<string, string>],
    ['en', en.errors.code as Record<string, string>],
  ])('has an errors.code text in %s for every code', (_, texts) => {
    const missing = codes.filter((code) => !texts[code]?.trim());
    expect(missing).toEqual([]);
  });
});

describe('a code said with its params', () => {
  const say = (language: 'sv' | 'en', code: string, params: Record<string, string | number>) =>
    codeText({ t: i18n.getFixedT(language), exists: (key) => i18n.exists(key, { lng: language }), language }, 'errors.code', code, params);

  it('writes the figures in the user number format', () => {
    expect(say('sv', 'REPORT-020', { max: 20000 })).toBe('En ansökan om utbetalning kan ha högst 20\u00a0000 utgiftsrader.');
    expect(say('en', 'REPORT-020', { max: 20000 })).toBe('A payment claim can have at most 20,000 expenditure lines.');
  });

  it('keeps names and years as sent and writes dates in the user format', () => {
    expect(say('sv', 'WORKPLAN-001', { year: 2026 })).toBe('Det finns redan en arbetsplan för 2026.');
    expect(formatParams({ sentOn: '2026-03-05', code: 'KS' }, 'en')).toEqual({ sentOn: '5 Mar 2026', code: 'KS' });
  });

  it('says a field error by the text of its field where one rule gives figures to two fields', () => {
    const field = (code: string, params: Record<string, string | number>, name: string) =>
      codeText({ t: i18n.getFixedT('sv'), exists: (key) => i18n.exists(key, { lng: 'sv' }), language: 'sv' }, 'errors.field', code, params, name);
    expect(field('REPORT-011', { periodStart: '2026-01-01', periodEnd: '2027-12-31' }, 'spentOn')).toBe(
      'Utgiften måste ligga inom projektperioden 1 jan. 2026 – 31 dec. 2027.',
    );
    expect(field('REPORT-011', { amount: 1250.5 }, 'lines[2].vatAmount')).toBe('Momsen kan inte vara större än beloppet 1\u00a0250,5.');
    // A period without its start: the rule's general words, not an unfilled figure.
    expect(field('REPORT-011', { periodEnd: '2027-12-31' }, 'spentOn')).toMatch(/^Utgiften måste ligga inom projektperioden, och/);
  });

  it('has nothing to say for a code without a text, or without the figures its text names', () => {
    expect(say('sv', 'NO-SUCH-CODE', {})).toBeUndefined();
    expect(say('sv', 'REPORT-020', {})).toBeUndefined();
  });
});
