/** Sample API data for tests. */
import type { CallView, ContactPersonView, IdeaView, Me, ProgrammeView, RuleSet, UnitView } from '@/lib/api/types';

export const SOC_ID = '11111111-1111-4111-8111-111111111111';
export const UTB_ID = '22222222-2222-4222-8222-222222222222';
export const CONTACT_ID = '33333333-3333-4333-8333-333333333333';

export function meWith(roles: string[], units: Me['units'] = []): Me {
  return { subject: 'sub-1', username: 'test.user', name: 'Test User', email: 'test@example.org', roles, units };
}

export const socUnit: UnitView = {
  id: SOC_ID,
  code: 'SOC',
  name: 'Socialförvaltningen',
  type: 'MUNICIPAL_DEPARTMENT',
  parentId: null,
  parentName: null,
  active: true,
  version: 0,
};

export function contact(overrides: Partial<ContactPersonView> = {}): ContactPersonView {
  return {
    id: CONTACT_ID,
    unitId: SOC_ID,
    unitCode: 'SOC',
    unitName: 'Socialförvaltningen',
    name: 'Sara Samordnare',
    title: 'Utvecklingsledare',
    email: 'sara@example.org',
    phone: null,
    roles: ['INTERNATIONAL_COORDINATOR'],
    activeFrom: '2026-01-01',
    activeTo: null,
    active: true,
    erased: false,
    version: 1,
    ...overrides,
  };
}

export const PROGRAMME_ID = '44444444-4444-4444-8444-444444444444';
export const CALL_ID = '55555555-5555-4555-8555-555555555555';
export const IDEA_ID = '66666666-6666-4666-8666-666666666666';

export const esfRules: RuleSet = {
  costCategories: ['STAFF', 'OFFICE_ADMINISTRATION', 'TRAVEL_ACCOMMODATION'],
  flatRates: [
    { type: 'INDIRECT_ON_STAFF_COSTS', maxPercent: 15 },
    { type: 'OTHER_COSTS_ON_STAFF_COSTS', maxPercent: 40 },
  ],
  maxCoFinancingPercent: 60,
  currencyConversion: 'EUR_ONLY',
  reportingPeriodMonths: 6,
  retentionYears: 5,
  stateAidRetentionYears: 10,
};

export function programme(overrides: Partial<ProgrammeView> = {}): ProgrammeView {
  return {
    id: PROGRAMME_ID,
    code: 'ESF-2127',
    fund: 'ESF_PLUS',
    name: 'Nationellt ESF+-program 2021–2027',
    managingAuthority: 'Svenska ESF-rådet',
    rules: esfRules,
    version: 1,
    ...overrides,
  };
}

export function call(overrides: Partial<CallView> = {}): CallView {
  return {
    id: CALL_ID,
    programmeId: PROGRAMME_ID,
    programmeCode: 'ESF-2127',
    programmeName: 'Nationellt ESF+-program 2021–2027',
    fund: 'ESF_PLUS',
    identifier: 'ESF-2026-UNG',
    title: 'Unga i arbete',
    description: null,
    actionType: null,
    opensAt: null,
    closesAt: '2026-03-05T17:00:00+01:00',
    timeZone: 'Europe/Brussels',
    status: 'OPEN',
    budget: 2_000_000,
    grantMin: null,
    grantMax: null,
    expectedGrants: 4,
    maxPartners: null,
    eligibleApplicantTypes: ['MUNICIPALITY'],
    topics: ['ungdomar', 'arbetsmarknad'],
    url: null,
    narrowsProgrammeRules: false,
    effectiveRules: esfRules,
    version: 1,
    ...overrides,
  };
}

export function idea(overrides: Partial<IdeaView> = {}): IdeaView {
  return {
    id: IDEA_ID,
    unitId: UTB_ID,
    unitCode: 'UTB',
    unitName: 'Utbildningsförvaltningen',
    title: 'Sommarskola i matematik',
    description: 'Lovskola för elever i årskurs 7–9.',
    estimatedCost: 450_000,
    startDate: '2027-06-01',
    endDate: '2027-08-31',
    status: 'OPEN',
    createdBy: { subject: 'sub-anna', name: 'Anna Applicant' },
    createdAt: '2026-02-10T09:00:00Z',
    closedAt: null,
    screening: null,
    version: 0,
    ...overrides,
  };
}
