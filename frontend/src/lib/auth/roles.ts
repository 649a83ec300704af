/** Realm roles and what each may do in the UI; the server decides anyway. */
import type { Me } from '@/lib/api/types';

export const ROLES = ['applicant', 'coordinator', 'advisor', 'auditor', 'admin'] as const;
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
}

export function permissionsOf(me: Pick<Me, 'roles' | 'units'> | undefined): Permissions {
  const roles = new Set(me?.roles ?? []);
  const has = (...wanted: Role[]) => wanted.some((role) => roles.has(role));
  const anyUnit = has('advisor', 'admin');
  const ownUnits = has('coordinator') ? (me?.units ?? []) : [];
  return {
    canWriteUnits: has('admin'),
    canWriteContacts: anyUnit || ownUnits.length > 0,
    canWriteContactsOf: (unitId) => anyUnit || ownUnits.some((unit) => unit.id === unitId),
    contactUnitChoices: anyUnit ? null : ownUnits,
    canSeeCoverage: has('coordinator', 'advisor', 'auditor', 'admin'),
    canSeeHistory: has('advisor', 'auditor', 'admin'),
    canManagePersonalData: has('admin'),
  };
}

export function knownRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
