/** What the user may do with a project's reports (the server decides anyway). */
import type { ProjectView } from '@/lib/api/types';
import { useMe } from '@/lib/auth/me-context';

export interface ProjectAccess {
  /** Applicants and coordinators of the project's unit, and advisors, start its reports. */
  canStartReports: boolean;
  /** Advisors move report deadlines (and close and archive the project). */
  canMoveDeadlines: boolean;
  /** Advisors, auditors and admins: the audit package, the log of exports and the file log. */
  canAudit: boolean;
  /** Admins purge an archived project's documents after its retention date. */
  canPurge: boolean;
}

export function useProjectAccess(project: Pick<ProjectView, 'unitId'> | undefined): ProjectAccess {
  const { me } = useMe();
  const roles = new Set(me.roles);
  const advisor = roles.has('advisor');
  const ownUnit = (roles.has('applicant') || roles.has('coordinator')) && me.units.some((unit) => unit.id === project?.unitId);
  const canAudit = advisor || roles.has('auditor') || roles.has('admin');
  return { canStartReports: advisor || ownUnit, canMoveDeadlines: advisor, canAudit, canPurge: roles.has('admin') };
}
