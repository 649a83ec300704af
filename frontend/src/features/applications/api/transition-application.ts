/** POST /applications/{id}/transitions with If-Match: one workflow step (403 not for this role, 409 not from this state). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ApplicationView, TransitionRequest } from '@/lib/api/types';
import { invalidateApplications } from './invalidate-applications';

export interface TransitionInput {
  id: string;
  version: number;
  body: TransitionRequest;
}

export function transitionApplication({ id, version, body }: TransitionInput) {
  return unwrapAs<ApplicationView>(
    api.POST('/api/v1/applications/{id}/transitions', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export function useTransitionApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionApplication,
    onSuccess: (application, { id }) => {
      if (application) queryClient.setQueryData(queryKeys.application(id), application);
      return Promise.all([invalidateApplications(queryClient), queryClient.invalidateQueries({ queryKey: queryKeys.history })]);
    },
  });
}
