/** GET /applications/{id}/submitted: the content frozen at submission with its SHA-256 (404 before submission). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { SubmittedApplication } from '@/lib/api/types';

export function getSubmittedApplication(id: string) {
  return unwrapAs<SubmittedApplication>(api.GET('/api/v1/applications/{id}/submitted', { params: { path: { id } } }));
}

export function getSubmittedApplicationQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.applicationSubmitted(id), queryFn: () => getSubmittedApplication(id) });
}

export function useSubmittedApplication(id: string) {
  return useQuery(getSubmittedApplicationQueryOptions(id));
}
