/** What the user may do with a project's reports (the server decides anyway). */
import type { ProjectView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';

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
  const permissions = usePermissions();
  return {
    canStartReports: permissions.canStartReportsOf(project?.unitId ?? ''),
    canMoveDeadlines: permissions.canMoveDeadlines,
    canAudit: permissions.canAudit,
    canPurge: permissions.canPurgeProjects,
  };
}
