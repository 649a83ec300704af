/** POST /projects/{id}/reports {kind, periodNumber}: 201 with the report's Location; 409 REPORT-006 when it exists already. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idFromLocation, isApiError, unwrapResponse } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportKind, ReportView } from '@/lib/api/types';

export interface StartReportInput {
  projectId: string;
  kind: ReportKind;
  periodNumber: number | null;
}

/** Resolves to the new report's id. */
export async function startReport({ projectId, kind, periodNumber }: StartReportInput): Promise<string> {
  const { data, response } = await unwrapResponse(
    api.POST('/api/v1/projects/{projectId}/reports', { params: { path: { projectId } }, body: { kind, periodNumber } }),
  );
  const id = (data as ReportView | undefined)?.id ?? idFromLocation(response);
  if (!id) throw new Error('The new report has no address');
  return id;
}

/** True when the report exists already (someone else started it first). */
export function isReportStarted(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.code === 'REPORT-006';
}

export function useStartReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startReport,
    onSettled: (_id, _error, { projectId }) => queryClient.invalidateQueries({ queryKey: queryKeys.projectSchedule(projectId) }),
  });
}
