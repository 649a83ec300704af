import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { historyFieldLabel, historyValue } from './history-value';

const t = i18n.getFixedT('sv');

describe('history values', () => {
  it('translates roles, unit types and booleans', () => {
    expect(historyValue('roles', 'FINANCE_CONTACT,INTERNATIONAL_COORDINATOR', t, 'sv')).toBe(
      'Ekonomikontakt, Samordnare för internationella frågor',
    );
    expect(historyValue('type', 'TELGE_COMPANY', t, 'sv')).toBe('Telgebolag');
    expect(historyValue('active', 'false', t, 'sv')).toBe('Nej');
  });

  it('formats dates per language and names empty values', () => {
    expect(historyValue('activeTo', '2026-12-31', t, 'sv')).toBe('31 dec. 2026');
    expect(historyValue('title', null, t, 'sv')).toBe('(tomt)');
  });

  it('names the unit behind a unit id', () => {
    expect(historyValue('unitId', 'u-1', t, 'sv', { 'u-1': 'Socialförvaltningen (SOC)' })).toBe('Socialförvaltningen (SOC)');
    expect(historyValue('unitId', 'u-2', t, 'sv', {})).toBe('u-2');
  });

  it('labels known fields and keeps unknown ones', () => {
    expect(historyFieldLabel('activeFrom', t)).toBe('Aktiv från');
    expect(historyFieldLabel('somethingNew', t)).toBe('somethingNew');
  });
});
