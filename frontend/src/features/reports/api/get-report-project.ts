/** GET /projects/{id} and its application's partnership: the names a report's lines are claimed for. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { PARTNER_ROLES, type PartnerMemberView, type ProjectView } from '@/lib/api/types';

export function getReportProject(id: string) {
  return unwrapAs<ProjectView>(api.GET('/api/v1/projects/{id}', { params: { path: { id } } }));
}

export function useReportProject(id: string) {
  return useQuery({ queryKey: queryKeys.project(id), queryFn: () => getReportProject(id) });
}

export async function getPartners(applicationId: string) {
  const members = await unwrapAs<PartnerMemberView[]>(api.GET('/api/v1/applications/{applicationId}/partners', { params: { path: { applicationId } } }));
  return [...members].sort((a, b) => PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role));
}

/** Waits for the project's application id. */
export function usePartners(applicationId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.applicationPartners(applicationId ?? ''),
    queryFn: () => getPartners(applicationId ?? ''),
    enabled: Boolean(applicationId),
  });
}
