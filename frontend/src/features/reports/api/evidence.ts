/**
 * Evidence of an expenditure line: GET/POST /reports/{id}/expenditures/{lineId}/evidence (the raw file as the body,
 * 413 too large, 415 type not allowed), GET …/{evidenceId} fetched with the bearer token and saved, DELETE …/{evidenceId}.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { AttachmentView } from '@/lib/api/types';
import { saveFile } from '@/lib/save-file';

/** The server's limit, for the hint (as for an application's annexes); the server decides. */
export const MAX_EVIDENCE_MB = 20;

interface LineRef {
  reportId: string;
  lineId: string;
}

export function getEvidence({ reportId, lineId }: LineRef) {
  return unwrapAs<AttachmentView[]>(api.GET('/api/v1/reports/{reportId}/expenditures/{id}/evidence', { params: { path: { reportId, id: lineId } } }));
}

export function useEvidence(line: LineRef) {
  return useQuery({ queryKey: queryKeys.expenditureEvidence(line.reportId, line.lineId), queryFn: () => getEvidence(line) });
}

function refresh(queryClient: QueryClient, { reportId, lineId }: LineRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.expenditureEvidence(reportId, lineId) }),
    // The line's evidence count.
    queryClient.invalidateQueries({ queryKey: queryKeys.reportExpenditures(reportId) }),
  ]);
}

export function uploadEvidence({ reportId, lineId, file }: LineRef & { file: File }) {
  return unwrapAs<AttachmentView>(
    api.POST('/api/v1/reports/{reportId}/expenditures/{id}/evidence', {
      params: { path: { reportId, id: lineId }, query: { fileName: file.name } },
      // The file itself is the body, sent as it is.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );
}

export function useUploadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadEvidence, onSuccess: (_view, line) => refresh(queryClient, line) });
}

export async function downloadEvidence({ reportId, lineId, evidenceId, fileName }: LineRef & { evidenceId: string; fileName: string }) {
  const blob = await unwrapAs<Blob>(
    api.GET('/api/v1/reports/{reportId}/expenditures/{id}/evidence/{evidenceId}', {
      params: { path: { reportId, id: lineId, evidenceId } },
      parseAs: 'blob',
    }),
  );
  saveFile(blob, fileName);
}

export function useDownloadEvidence() {
  return useMutation({ mutationFn: downloadEvidence });
}

export function deleteEvidence({ reportId, lineId, evidenceId }: LineRef & { evidenceId: string }) {
  return unwrap(api.DELETE('/api/v1/reports/{reportId}/expenditures/{id}/evidence/{evidenceId}', { params: { path: { reportId, id: lineId, evidenceId } } }));
}

export function useDeleteEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteEvidence, onSettled: (_result, _error, line) => refresh(queryClient, line) });
}
