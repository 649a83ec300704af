/** The typology of errors a deduction names, kept by advisors (issue 19): add a type; rename, reorder or retire one (If-Match). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import type { ControlErrorTypeRequest, ControlErrorTypeView } from '@/lib/api/types';
import { errorTypesKey } from './control';

function useErrorTypeMutation<I>(fn: (input: I) => Promise<ControlErrorTypeView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: errorTypesKey }) });
}

export function useAddErrorType() {
  return useErrorTypeMutation((body: ControlErrorTypeRequest) => unwrapAs<ControlErrorTypeView>(api.POST('/api/v1/control-error-types', { body })));
}

export function useUpdateErrorType() {
  return useErrorTypeMutation(({ version, body }: { version: number; body: ControlErrorTypeRequest }) =>
    unwrapAs<ControlErrorTypeView>(api.PUT('/api/v1/control-error-types/{code}', { params: { path: { code: body.code }, header: ifMatch(version) }, body })),
  );
}
