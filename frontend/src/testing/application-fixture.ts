/** A sample application for this feature's tests. */
import type { ApplicationView } from '@/lib/api/types';
import { CALL_ID, UTB_ID } from '@/testing/fixtures';

export const APPLICATION_ID = '77777777-7777-4777-8777-777777777777';

export function application(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: APPLICATION_ID,
    unitId: UTB_ID,
    unitCode: 'UTB',
    unitName: 'Utbildningsförvaltningen',
    callId: CALL_ID,
    callIdentifier: 'ESF-2026-UNG',
    callTitle: 'Unga i arbete',
    ideaId: null,
    title: 'Sommarskola i matematik',
    acronym: 'SOMMAT',
    summary: null,
    objectives: null,
    workPackages: [],
    periodStart: null,
    periodEnd: null,
    status: 'DRAFT',
    internalStatus: null,
    funderReference: null,
    submittedOn: null,
    decisionOn: null,
    grantedAmount: null,
    rejectionReason: null,
    allowedActions: [],
    createdBy: { subject: 'sub-anna', name: 'Anna Applicant' },
    createdAt: '2026-02-10T09:00:00Z',
    version: 3,
    ...overrides,
  };
}
