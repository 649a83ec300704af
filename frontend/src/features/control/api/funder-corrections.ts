/**
 * The funder's own corrections of a claim it paid less for (issue 19), /reports/{id}/funder-corrections: read them
 * with the claim's EU amount, the payment and the shortfall; an advisor replaces them all (If-Match: the report's
 * version, which the save moves).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { invalidateReport } from '@/lib/api/invalidate-report';
import type { FunderCorrectionLine, FunderCorrections } from '@/lib/api/types';

export const funderCorrectionsKey = (reportId: string) => ['reports', 'funder-corrections', reportId] as const;

export function useFunderCorrections(reportId: string, enabled = true) {
  return useQuery({
    queryKey: funderCorrectionsKey(reportId),
    queryFn: () => unwrapAs<FunderCorrections>(api.GET('/api/v1/reports/{id}/funder-corrections', { params: { path: { id: reportId } } })),
    enabled,
  });
}

export function useSaveFunderCorrections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, version, corrections }: { reportId: string; version: number; corrections: FunderCorrectionLine[] }) =>
      unwrapAs<FunderCorrections>(
        api.PUT('/api/v1/reports/{id}/funder-corrections', { params: { path: { id: reportId }, header: ifMatch(version) }, body: { corrections } }),
      ),
    onSuccess: (view, { reportId }) => {
      queryClient.setQueryData(funderCorrectionsKey(reportId), view);
      return invalidateReport(queryClient, reportId);
    },
  });
}
