import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { APPLICATION_STATUSES, TRANSITION_ACTIONS } from '@/lib/api/types';
import { formatEuro } from './format-amount';

const labels = (language: string, prefix: string, keys: readonly string[]) => keys.map((key) => i18n.getFixedT(language)(`${prefix}.${key}`));

describe('application status labels', () => {
  it('names every status in Swedish', () => {
    expect(labels('sv', 'applicationStatus', APPLICATION_STATUSES)).toEqual([
      'Utkast',
      'Godkänd av enheten',
      'Granskas',
      'Klar att skicka in',
      'Inskickad',
      'Beviljad',
      'Avslagen',
      'Återtagen',
    ]);
  });

  it('names every status in English', () => {
    expect(labels('en', 'applicationStatus', APPLICATION_STATUSES)).toEqual([
      'Draft',
      'Approved by the unit',
      'In review',
      'Ready to submit',
      'Submitted',
      'Granted',
      'Rejected',
      'Withdrawn',
    ]);
  });

  it('names every workflow step in both languages', () => {
    for (const language of ['sv', 'en']) {
      const names = labels(language, 'transitionAction', TRANSITION_ACTIONS);
      expect(names.filter((name) => name.startsWith('transitionAction.'))).toEqual([]);
      expect(new Set(names).size).toBe(TRANSITION_ACTIONS.length);
    }
    expect(i18n.getFixedT('sv')('transitionAction.APPROVE_FOR_UNIT')).toBe('Godkänn för enheten');
    expect(i18n.getFixedT('en')('transitionAction.APPROVE_FOR_UNIT')).toBe('Approve for the unit');
  });

  it('formats a granted amount as the server gave it, per language', () => {
    expect(formatEuro(1234567.5, 'sv')).toBe('1\u00a0234\u00a0567,50\u00a0€');
    expect(formatEuro(1234567.5, 'en')).toBe('€1,234,567.50');
    expect(formatEuro(250000, 'sv')).toBe('250\u00a0000\u00a0€');
  });
});
