/** PUT /programmes/{id} with If-Match. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/lib/api/etag';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ProgrammeRequest, ProgrammeView } from '@/lib/api/types';
import { invalidateProgrammes } from './invalidate-programmes';

export interface UpdateProgrammeInput {
  id: string;
  version: number;
  body: ProgrammeRequest;
}

export function updateProgramme({ id, version, body }: UpdateProgrammeInput) {
  return unwrapAs<ProgrammeView>(api.PUT('/api/v1/programmes/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramme,
    onSuccess: (programme, { id }) => {
      if (programme) queryClient.setQueryData(queryKeys.programme(id), programme);
      return invalidateProgrammes(queryClient);
    },
  });
}
