/** Sample partner search data for this feature's tests. */
import type { ApplicationView, InterestView, MatchView, PartnerSearchView } from '@/lib/api/types';
import { CALL_ID, UTB_ID } from '@/testing/fixtures';

export const SEARCH_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const DRAFT_ID = '77777777-7777-4777-8777-777777777777';
export const TURKU_ID = '88888888-8888-4888-8888-888888888888';

export function search(overrides: Partial<PartnerSearchView> = {}): PartnerSearchView {
  return {
    id: SEARCH_ID,
    unitId: UTB_ID,
    unitCode: 'UTB',
    ideaId: null,
    applicationId: DRAFT_ID,
    callId: CALL_ID,
    callIdentifier: 'ERDF-2026-KLIMAT',
    title: 'Partner till Gröna skolgårdar',
    topic: 'Climate adaptation of school yards: stormwater, shade and green areas planned with pupils',
    roles: ['PARTNER'],
    countries: ['FI', 'DK'],
    organisationTypes: ['MUNICIPALITY', 'UNIVERSITY'],
    expertise: ['climate adaptation', 'urban water'],
    interestDeadline: '2026-03-31',
    status: 'OPEN',
    interests: 1,
    createdBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    createdAt: '2026-02-10T09:00:00Z',
    version: 4,
    ...overrides,
  };
}

export const turku: MatchView = {
  organisationId: TURKU_ID,
  legalName: 'Turun kaupunki',
  country: 'FI',
  city: 'Turku',
  type: 'MUNICIPALITY',
  twinTown: false,
  score: 1.4321,
  reasons: [
    { kind: 'EXPRESSED_INTEREST', detail: null },
    { kind: 'EXPERTISE', detail: 'climate adaptation, urban water' },
    { kind: 'PAST_PROJECTS', detail: 'CLARITY, GROWGREEN' },
    { kind: 'COUNTRY', detail: 'FI' },
    { kind: 'TYPE', detail: 'MUNICIPALITY' },
    { kind: 'PREVIOUS_COOPERATION', detail: '2' },
  ],
};

export const aarhus: MatchView = {
  organisationId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  legalName: 'AARHUS UNIVERSITET',
  country: 'DK',
  city: 'Aarhus C',
  type: 'UNIVERSITY',
  twinTown: false,
  score: 0.21,
  reasons: [
    { kind: 'NAME', detail: null },
    { kind: 'DESCRIPTION', detail: null },
    { kind: 'LEAD_EXPERIENCE', detail: '1' },
  ],
};

export function interest(overrides: Partial<InterestView> = {}): InterestView {
  return {
    id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
    organisationId: TURKU_ID,
    legalName: 'Turun kaupunki',
    country: 'FI',
    proposedRole: 'PARTNER',
    note: 'Vill bidra med erfarenhet av dagvatten.',
    receivedOn: '2026-04-02',
    late: true,
    recordedBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    recordedAt: '2026-04-02T10:00:00Z',
    ...overrides,
  };
}

/** The unit's applications as the list answers them (only what the choices read matters). */
export function unitApplication(id: string, title: string, status: ApplicationView['status']): Partial<ApplicationView> {
  return { id, title, acronym: null, status, callId: CALL_ID, unitId: UTB_ID };
}
