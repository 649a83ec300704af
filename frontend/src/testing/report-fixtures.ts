/** Sample projects, schedules and reports for the projects' and reports' tests. */
import type { ClaimSummary, ExpenditureView, PartnerMemberView, ProjectView, ReportView, ScheduleView } from '@/lib/api/types';
import { UTB_ID } from '@/testing/fixtures';

export const PROJECT_ID = '88888888-8888-4888-8888-888888888888';
export const APPLICATION_ID = '99999999-9999-4999-8999-999999999999';
export const REPORT_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const LEAD_ID = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
export const LINE_ID = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

export const utbUnits = [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }];

export function project(overrides: Partial<ProjectView> = {}): ProjectView {
  return {
    id: PROJECT_ID,
    applicationId: APPLICATION_ID,
    unitId: UTB_ID,
    unitCode: 'UTB',
    unitName: 'Utbildningsförvaltningen',
    callId: null,
    title: 'Studiehandledning på modersmål med digitala verktyg',
    acronym: 'STUDIEHJ',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    grantedAmount: 400000,
    status: 'RUNNING',
    stateAid: false,
    lastPaymentOn: null,
    closedOn: null,
    retentionUntil: null,
    allowedActions: [],
    createdAt: '2025-12-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function schedule(): ScheduleView {
  const period2 = {
    number: 2,
    startsOn: '2026-07-01',
    endsOn: '2026-12-31',
    reportDue: '2027-02-28',
    progress: null,
    financial: null,
    outstanding: true,
    version: 0,
  };
  return {
    periods: [
      {
        number: 1,
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        reportDue: '2026-08-31',
        progress: { id: 'progress-1', status: 'ACCEPTED' },
        financial: { id: 'financial-1', status: 'SENT_TO_FUNDER' },
        outstanding: false,
        version: 2,
      },
      period2,
      { number: 3, startsOn: '2027-01-01', endsOn: '2027-06-30', reportDue: '2027-08-31', progress: null, financial: null, outstanding: true, version: 0 },
    ],
    next: period2,
    finalReport: null,
    finalReportDue: '2028-02-29',
  };
}

export function report(overrides: Partial<ReportView> = {}): ReportView {
  return {
    id: REPORT_ID,
    projectId: PROJECT_ID,
    kind: 'FINANCIAL',
    periodNumber: 2,
    status: 'DRAFT',
    content: { deliverables: [], indicators: [], activities: null, comment: null },
    indicators: [],
    reportDue: '2027-02-28',
    rateMonth: null,
    unitsPerEur: null,
    firstSubmittedAt: null,
    reopenReason: null,
    sentOn: null,
    funderReference: null,
    euClaimed: null,
    paidAmount: null,
    paidOn: null,
    createdBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    allowedActions: ['SUBMIT'],
    editable: true,
    version: 3,
    ...overrides,
  };
}

export function progressReport(overrides: Partial<ReportView> = {}): ReportView {
  return report({
    kind: 'PROGRESS',
    content: {
      activities: 'Studiehandledning i fem skolor.',
      deliverables: ['Lärarhandledning'],
      indicators: [{ code: 'RCO 87', name: 'Deltagande organisationer', type: 'OUTPUT', unit: 'organisationer', target: 10, thisPeriod: 2 }],
      deviations: null,
      risks: null,
    },
    indicators: [
      { code: 'RCO 87', name: 'Deltagande organisationer', type: 'OUTPUT', unit: 'organisationer', target: 10, previous: 3, thisPeriod: 2, cumulative: 5 },
    ],
    ...overrides,
  });
}

export const partners: PartnerMemberView[] = [
  {
    id: 'm-lead',
    organisationId: LEAD_ID,
    legalName: 'Södertälje kommun',
    country: 'SE',
    type: 'MUNICIPALITY',
    pic: null,
    role: 'LEAD_PARTNER',
    searchId: null,
    addedBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    addedAt: '2025-10-10T09:00:00Z',
    version: 0,
  },
];

export function line(overrides: Partial<ExpenditureView> = {}): ExpenditureView {
  return {
    id: LINE_ID,
    reportId: REPORT_ID,
    partnerId: LEAD_ID,
    category: 'STAFF',
    spentOn: '2026-09-25',
    supplier: 'Södertälje kommun',
    description: 'Lön studiehandledare september',
    invoiceNumber: null,
    paidOn: null,
    amount: 42000,
    currency: 'SEK',
    vatAmount: 0,
    vatRecoverable: false,
    eligible: 42000,
    evidenceCount: 0,
    version: 0,
    ...overrides,
  };
}

export function claim(overrides: Partial<ClaimSummary> = {}): ClaimSummary {
  return {
    currency: 'SEK',
    categories: [
      { category: 'STAFF', granted: 100000, claimedBefore: 80000, thisReport: 42000, cumulative: 122000, remaining: -22000 },
      { category: 'OFFICE_ADMINISTRATION', granted: 15000, claimedBefore: 12000, thisReport: 6300, cumulative: 18300, remaining: -3300 },
    ],
    partners: [{ partnerId: LEAD_ID, granted: 115000, thisReport: 48300, cumulative: 140300, euClaimed: 19320 }],
    warnings: [{ partnerId: null, category: 'STAFF', granted: 100000, cumulative: 122000, over: 22000 }],
    eligibleTotal: 48300,
    euClaimed: 19320,
    eligibleTotalEur: null,
    unitsPerEur: null,
    rateMissing: true,
    ...overrides,
  };
}
