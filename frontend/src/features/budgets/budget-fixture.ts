/** A sample budget for this feature's tests: one partner, two periods, a staff line with 15 % indirect costs on it. */
import type { ApplicationView, BudgetSummary, BudgetView, PartnerMemberView, RuleSet } from '@/lib/api/types';
import { CALL_ID, UTB_ID } from '@/testing/fixtures';

export const APPLICATION_ID = '77777777-7777-4777-8777-777777777777';
export const BUDGET_ID = '88888888-8888-4888-8888-888888888888';
export const PARTNER_ID = '99999999-9999-4999-8999-999999999999';

export const erdfRules: RuleSet = {
  costCategories: ['STAFF', 'OFFICE_ADMINISTRATION', 'TRAVEL_ACCOMMODATION', 'EXTERNAL_EXPERTISE', 'EQUIPMENT', 'INFRASTRUCTURE_WORKS'],
  flatRates: [
    { type: 'INDIRECT_ON_STAFF_COSTS', maxPercent: 15 },
    { type: 'OTHER_COSTS_ON_STAFF_COSTS', maxPercent: 40 },
  ],
  maxCoFinancingPercent: 40,
  currencyConversion: 'INFOREURO_MONTHLY',
  reportingPeriodMonths: 6,
  retentionYears: 10,
  stateAidRetentionYears: 10,
};

export function budgetApplication(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: APPLICATION_ID,
    unitId: UTB_ID,
    unitCode: 'UTB',
    unitName: 'Utbildningsförvaltningen',
    callId: CALL_ID,
    callIdentifier: 'ERUF-STHLM',
    callTitle: 'Klimatanpassning',
    ideaId: null,
    title: 'Gröna skolgårdar',
    acronym: 'GROGARD',
    summary: null,
    objectives: null,
    workPackages: [],
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    status: 'DRAFT',
    internalStatus: null,
    funderReference: null,
    submittedOn: null,
    decisionOn: null,
    grantedAmount: null,
    rejectionReason: null,
    allowedActions: [],
    createdBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    createdAt: '2026-02-10T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

export const partnership: PartnerMemberView[] = [
  {
    id: 'm-lead',
    organisationId: PARTNER_ID,
    legalName: 'Södertälje kommun',
    country: 'SE',
    type: 'MUNICIPALITY',
    pic: null,
    role: 'LEAD_PARTNER',
    searchId: null,
    addedBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    addedAt: '2026-02-10T09:00:00Z',
    version: 0,
  },
];

/** The server's figures for a staff line of `staff` SEK with 15 % indirect costs, 40 % EU. */
export function summaryFor(staff: number, indirect: number, total: number, euShare: number, own: number): BudgetSummary {
  return {
    currency: 'SEK',
    periods: 2,
    lines: [{ lineId: 'line-1', amount: staff }],
    flatRates: [{ partnerId: PARTNER_ID, period: 1, type: 'INDIRECT_ON_STAFF_COSTS', category: 'OFFICE_ADMINISTRATION', base: staff, percent: 15, amount: indirect }],
    cells: [
      { partnerId: PARTNER_ID, category: 'STAFF', period: 1, amount: staff },
      { partnerId: PARTNER_ID, category: 'OFFICE_ADMINISTRATION', period: 1, amount: indirect },
    ],
    partners: [
      {
        partnerId: PARTNER_ID,
        total,
        euRatePercent: 40,
        euShare,
        remainder: total - euShare,
        contributions: [{ source: 'OWN_MUNICIPAL_FUNDS', amount: own }],
        contributionsTotal: own,
      },
    ],
    categories: [
      { category: 'STAFF', amount: staff },
      { category: 'OFFICE_ADMINISTRATION', amount: indirect },
    ],
    periodTotals: [
      { period: 1, amount: total },
      { period: 2, amount: 0 },
    ],
    total,
    euShare,
    contributions: [{ source: 'OWN_MUNICIPAL_FUNDS', amount: own }],
  };
}

export function budgetView(overrides: Partial<BudgetView> = {}): BudgetView {
  return {
    id: BUDGET_ID,
    applicationId: APPLICATION_ID,
    editable: true,
    periods: 2,
    rules: erdfRules,
    content: {
      currency: 'SEK',
      sekPerEur: null,
      partners: [{ partnerId: PARTNER_ID, flatRates: [{ type: 'INDIRECT_ON_STAFF_COSTS', percent: 15 }], euRatePercent: 40, contributions: { OWN_MUNICIPAL_FUNDS: 690 } }],
      lines: [{ id: 'line-1', partnerId: PARTNER_ID, category: 'STAFF', period: 1, kind: 'REAL_COST', currency: 'SEK', description: 'Projektledare', amount: 1000 }],
    },
    summary: summaryFor(1000, 150, 1150, 460, 690),
    violations: [],
    updatedBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    updatedAt: '2026-02-11T09:00:00Z',
    version: 4,
    ...overrides,
  };
}
