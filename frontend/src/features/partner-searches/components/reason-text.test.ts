import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import type { MatchReason } from '@/lib/api/types';
import { reasonText } from './reason-text';

const words = (reason: MatchReason, language: string) => reasonText(reason, i18n.getFixedT(language), language);

describe('why an organisation matched, in words', () => {
  it('says every kind of reason in Swedish, with its detail made readable', () => {
    expect(words({ kind: 'NAME', detail: null }, 'sv')).toBe('Sökorden finns i organisationens namn');
    expect(words({ kind: 'EXPERTISE', detail: 'climate adaptation, urban water' }, 'sv')).toBe('Kompetens som efterfrågas: climate adaptation, urban water');
    expect(words({ kind: 'DESCRIPTION', detail: null }, 'sv')).toBe('Sökorden finns i beskrivningen eller orten');
    expect(words({ kind: 'PAST_PROJECTS', detail: 'CLARITY, GROWGREEN' }, 'sv')).toBe('Tidigare EU-projekt i ämnet: CLARITY, GROWGREEN');
    expect(words({ kind: 'COUNTRY', detail: 'FI' }, 'sv')).toBe('Finns i ett av de sökta länderna: Finland');
    expect(words({ kind: 'TYPE', detail: 'UNIVERSITY' }, 'sv')).toBe('Är en sökt typ av organisation: Universitet eller högskola');
    expect(words({ kind: 'LEAD_EXPERIENCE', detail: '3' }, 'sv')).toBe('Har koordinerat 3 EU-projekt (en huvudpartner söks)');
    expect(words({ kind: 'TWIN_TOWN', detail: null }, 'sv')).toBe('Vänort till Södertälje');
    expect(words({ kind: 'PREVIOUS_COOPERATION', detail: '1' }, 'sv')).toBe('Har varit partner i 1 av kommunens ansökningar');
    expect(words({ kind: 'EXPRESSED_INTEREST', detail: null }, 'sv')).toBe('Har anmält intresse för sökningen');
  });

  it('says them in English, with singular and plural counts', () => {
    expect(words({ kind: 'COUNTRY', detail: 'DK' }, 'en')).toBe('In one of the countries sought: Denmark');
    expect(words({ kind: 'TYPE', detail: 'MUNICIPALITY' }, 'en')).toBe('A type of organisation sought: Municipality');
    expect(words({ kind: 'LEAD_EXPERIENCE', detail: '1' }, 'en')).toBe('Has coordinated 1 EU project (a lead partner is sought)');
    expect(words({ kind: 'LEAD_EXPERIENCE', detail: '4' }, 'en')).toBe('Has coordinated 4 EU projects (a lead partner is sought)');
    expect(words({ kind: 'PREVIOUS_COOPERATION', detail: '2' }, 'en')).toBe("Has been a partner in 2 of the municipality's applications");
    expect(words({ kind: 'TWIN_TOWN', detail: null }, 'en')).toBe('A twin town of Södertälje');
  });
});
