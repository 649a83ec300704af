/** PUT /applications/{id} with If-Match; only a draft can change (409 APPLICATION-002 otherwise). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ApplicationRequest, ApplicationView } from '@/lib/api/types';
import { invalidateApplications } from './invalidate-applications';

export const NOT_A_DRAFT = 'APPLICATION-002';

export interface UpdateApplicationInput {
  id: string;
  version: number;
  body: ApplicationRequest;
}

export function updateApplication({ id, version, body }: UpdateApplicationInput) {
  return unwrapAs<ApplicationView>(api.PUT('/api/v1/applications/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** True when saving failed because the application is no longer a draft. */
export function isNotADraft(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.code === NOT_A_DRAFT;
}

export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplication,
    onSuccess: (application, { id }) => {
      if (application) queryClient.setQueryData(queryKeys.application(id), application);
      return invalidateApplications(queryClient);
    },
  });
}
