/**
 * Realm roles and what each may do in the UI; the server decides anyway. This is the only module
 * that reads the user's roles: pages ask `usePermissions()` (or the allowed actions a record
 * carries, as applications do), never `me.roles`.
 */
import type { Me } from '@/lib/api/types';

export const ROLES = ['applicant', 'coordinator', 'advisor', 'auditor', 'admin', 'controller'] as const;
export type Role = (typeof ROLES)[number];

export interface Permissions {
  canWriteUnits: boolean;
  canWriteContacts: boolean;
  /** Coordinators may keep contacts of their own units only. */
  canWriteContactsOf: (unitId: string) => boolean;
  /** The units a contact may be placed in, or `null` for any unit. */
  contactUnitChoices: Me['units'] | null;
  canSeeCoverage: boolean;
  canSeeHistory: boolean;
  canManagePersonalData: boolean;
  /** Programmes and calls: everyone reads; advisors and admins keep them and import calls. */
  canWriteProgrammes: boolean;
  canWriteCalls: boolean;
  /** Project ideas: applicants and coordinators for their own units, advisors and admins for any. */
  canWriteIdeas: boolean;
  canWriteIdeasOf: (unitId: string) => boolean;
  /** The units an idea may be recorded for, or `null` for any unit. */
  ideaUnitChoices: Me['units'] | null;
  canSeeScreeningRate: boolean;
  /** The portfolio dashboard: coordinators for their own units, advisors, auditors and admins for all. */
  canSeePortfolio: boolean;
  /** The office's work plan and financing (issue 20): advisors and admins write; portfolio viewers read. */
  canWriteWorkPlans: boolean;
  /** The partner register: everyone reads; all but auditors register and edit organisations. */
  canWritePartners: boolean;
  /** Advisors and admins delete organisations and import the register from CSV. */
  canDeletePartners: boolean;
  canImportPartners: boolean;
  /** Partner searches: applicants and coordinators for their own units, advisors and admins for any. */
  canWritePartnerSearches: boolean;
  canWritePartnerSearchesOf: (unitId: string) => boolean;
  /** The units a partner search may be posted for, or `null` for any unit. */
  partnerSearchUnitChoices: Me['units'] | null;
  /** Adding organisations to an application's partnership (a draft's): applicants, coordinators and advisors. */
  canWritePartnerships: boolean;
  /** Monthly EUR rates: everyone reads; advisors and admins record, import and delete them. */
  canWriteExchangeRates: boolean;
  /** Twin towns and external networks: everyone reads; advisors and admins keep them (issue 21). */
  canWriteTwinTowns: boolean;
  /** Trainings and events: everyone reads and registers; advisors and admins make, change and delete them (issue 21). */
  canManageEvents: boolean;
  /** EU decisions: everyone but controllers reads; advisors and admins record them (units answer on the page). */
  canWriteEuDecisions: boolean;
  /** The typology of errors a control's deduction names (issue 19): advisors keep it. */
  canWriteErrorTypes: boolean;
  /** Applications: applicants, coordinators and advisors write (for their own units, advisors any draft). */
  canWriteApplications: boolean;
  canEditAnyUnitsApplications: boolean;
  /** Only advisors write an application's internal notes. */
  canWriteInternalNotes: boolean;
  /** A draft's budget: applicants and coordinators of its unit, and advisors. */
  canWriteBudgetOf: (unitId: string) => boolean;
  /** Advisors adjust a granted budget and record the grant. */
  canAdjustGrantedBudget: boolean;
  /** Approve or reject a budget change request (the EU share and the grant are the advisors' to judge). */
  canDecideBudgetRevision: boolean;
  /** A project's reports: applicants and coordinators of its unit, and advisors, start them. */
  canStartReportsOf: (unitId: string) => boolean;
  /** Advisors move report deadlines (and close and archive projects). */
  canMoveDeadlines: boolean;
  /** Advisors, auditors and admins: the audit package, the log of exports and the file log. */
  canAudit: boolean;
  /** Admins purge an archived project's documents after its retention date. */
  canPurgeProjects: boolean;
  /** Advisors record the funder's payment of a report. */
  canRecordPayments: boolean;
  /** Advisors and controllers start a submitted report's control. */
  canStartControls: boolean;
  /** Advisors appoint a project's controllers and record the funder's corrections. */
  canAppointControllers: boolean;
  canRecordFunderCorrections: boolean;
  /** Advisors, auditors and admins see every unit's records (others their own units'). */
  seesAllUnits: boolean;
  /** Call watches: all but auditors and controllers save them; for units: the office any, coordinators their own. */
  canSaveCallWatches: boolean;
  callWatchUnits: 'any' | 'own' | 'none';
  /** Coordinators are asked to register themselves as their units' contacts. */
  isCoordinator: boolean;
  /** A controller and nothing else: reads only the projects appointed to (issue 19). */
  controlsOnly: boolean;
}

export function permissionsOf(me: Pick<Me, 'roles' | 'units'> | undefined): Permissions {
  const roles = new Set(me?.roles ?? []);
  const has = (...wanted: Role[]) => wanted.some((role) => roles.has(role));
  const anyUnit = has('advisor', 'admin');
  const ownUnits = has('coordinator') ? (me?.units ?? []) : [];
  const ideaUnits = has('applicant', 'coordinator') ? (me?.units ?? []) : [];
  return {
    canWriteUnits: has('admin'),
    canWriteContacts: anyUnit || ownUnits.length > 0,
    canWriteContactsOf: (unitId) => anyUnit || ownUnits.some((unit) => unit.id === unitId),
    contactUnitChoices: anyUnit ? null : ownUnits,
    canSeeCoverage: has('coordinator', 'advisor', 'auditor', 'admin'),
    canSeeHistory: has('advisor', 'auditor', 'admin'),
    canManagePersonalData: has('admin'),
    canWriteProgrammes: anyUnit,
    canWriteCalls: anyUnit,
    canWriteIdeas: anyUnit || ideaUnits.length > 0,
    canWriteIdeasOf: (unitId) => anyUnit || ideaUnits.some((unit) => unit.id === unitId),
    ideaUnitChoices: anyUnit ? null : ideaUnits,
    canSeeScreeningRate: has('coordinator', 'advisor', 'auditor', 'admin'),
    canSeePortfolio: has('coordinator', 'advisor', 'auditor', 'admin'),
    canWriteWorkPlans: has('advisor', 'admin'),
    canWritePartners: has('applicant', 'coordinator', 'advisor', 'admin'),
    canDeletePartners: anyUnit,
    canImportPartners: anyUnit,
    canWritePartnerSearches: anyUnit || ideaUnits.length > 0,
    canWritePartnerSearchesOf: (unitId) => anyUnit || ideaUnits.some((unit) => unit.id === unitId),
    partnerSearchUnitChoices: anyUnit ? null : ideaUnits,
    canWritePartnerships: has('applicant', 'coordinator', 'advisor'),
    canWriteExchangeRates: anyUnit,
    canWriteTwinTowns: anyUnit,
    canWriteEuDecisions: anyUnit,
    canWriteErrorTypes: has('advisor'),
    canManageEvents: anyUnit,
    canWriteApplications: has('applicant', 'coordinator', 'advisor'),
    canEditAnyUnitsApplications: has('advisor'),
    canWriteInternalNotes: has('advisor'),
    canWriteBudgetOf: (unitId) => has('advisor') || (has('applicant', 'coordinator') && ownUnit(me, unitId)),
    canAdjustGrantedBudget: has('advisor'),
    canDecideBudgetRevision: has('advisor'),
    canStartReportsOf: (unitId) => has('advisor') || (has('applicant', 'coordinator') && ownUnit(me, unitId)),
    canMoveDeadlines: has('advisor'),
    canAudit: has('advisor', 'auditor', 'admin'),
    canPurgeProjects: has('admin'),
    canRecordPayments: has('advisor'),
    canStartControls: has('advisor', 'controller'),
    canAppointControllers: has('advisor'),
    canRecordFunderCorrections: has('advisor'),
    seesAllUnits: has('advisor', 'auditor', 'admin'),
    canSaveCallWatches: has('applicant', 'coordinator', 'advisor', 'admin'),
    callWatchUnits: anyUnit ? 'any' : has('coordinator') ? 'own' : 'none',
    isCoordinator: has('coordinator'),
    controlsOnly: has('controller') && !has('applicant', 'coordinator', 'advisor', 'auditor', 'admin'),
  };
}

function ownUnit(me: Pick<Me, 'units'> | undefined, unitId: string | undefined): boolean {
  return !!unitId && (me?.units ?? []).some((unit) => unit.id === unitId);
}

export function knownRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
