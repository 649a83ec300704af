/**
 * Who may change an application's budget (the server decides anyway): applicants and coordinators of
 * the application's unit and advisors, while the application is a draft; auditors and admins read.
 * Revisions after the grant: the same people.
 */
import { useMe } from '@/lib/auth/me-context';
import { permissionsOf } from '@/lib/auth/roles';
import type { ApplicationView, Me } from '@/lib/api/types';

export function budgetWriterOf(me: Pick<Me, 'roles' | 'units'>, application: Pick<ApplicationView, 'unitId'>): boolean {
  return permissionsOf(me).canWriteBudgetOf(application.unitId);
}

export function useBudgetWriter(application: Pick<ApplicationView, 'unitId'> | undefined): boolean {
  const { me } = useMe();
  return !!application && budgetWriterOf(me, application);
}
