/**
 * What the user may do with applications (the server decides anyway): applicants, coordinators and
 * advisors write, for their own units; only advisors write internal notes. Workflow steps come from
 * the application's own allowedActions.
 */
import { useMe } from '@/lib/auth/me-context';
import type { ApplicationView, Me } from '@/lib/api/types';
import { permissionsOf } from './roles';

export interface ApplicationAccess {
  canWrite: boolean;
  /** The units an application may be created for: always the user's own. */
  units: Me['units'];
  canCreate: boolean;
  /** Whether the create page can offer this unit: only the user's own units are offered. */
  canCreateFor: (unitId: string) => boolean;
  canEdit: (application: ApplicationView) => boolean;
  canWriteInternal: boolean;
}

export function applicationAccessOf(me: Pick<Me, 'roles' | 'units'>): ApplicationAccess {
  const permissions = permissionsOf(me);
  const canWrite = permissions.canWriteApplications;
  const advisor = permissions.canEditAnyUnitsApplications;
  return {
    canWrite,
    units: me.units,
    canCreate: canWrite && me.units.length > 0,
    canCreateFor: (unitId) => canWrite && me.units.some((unit) => unit.id === unitId),
    canEdit: (application) =>
      canWrite && application.status === 'DRAFT' && (advisor || me.units.some((unit) => unit.id === application.unitId)),
    canWriteInternal: permissions.canWriteInternalNotes,
  };
}

export function useApplicationAccess(): ApplicationAccess {
  return applicationAccessOf(useMe().me);
}
