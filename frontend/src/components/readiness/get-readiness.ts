/** GET …/{id}/readiness of an application, a report or a project: the next steps, who takes each, what each needs. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Readiness } from '@/lib/api/types';

export type ReadinessOf = 'application' | 'report' | 'project';

function getReadiness(of: ReadinessOf, id: string) {
  const params = { params: { path: { id } } };
  switch (of) {
    case 'application':
      return unwrapAs<Readiness>(api.GET('/api/v1/applications/{id}/readiness', params));
    case 'report':
      return unwrapAs<Readiness>(api.GET('/api/v1/reports/{id}/readiness', params));
    case 'project':
      return unwrapAs<Readiness>(api.GET('/api/v1/projects/{id}/readiness', params));
  }
}

const KEYS = { application: queryKeys.applicationReadiness, report: queryKeys.reportReadiness, project: queryKeys.projectReadiness };

/**
 * Read again whenever the record's page is opened: the partnership and the budget are changed on pages of their
 * own, and what the next step needs follows them.
 */
export function useReadiness(of: ReadinessOf, id: string, version?: number) {
  return useQuery({ queryKey: [...KEYS[of](id), version ?? 0], queryFn: () => getReadiness(of, id), refetchOnMount: 'always' });
}
