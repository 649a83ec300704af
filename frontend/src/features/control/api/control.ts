/**
 * The control of a payment claim (issue 19), /reports/{id}/control: read (404 before it starts), start, draw the
 * sample, decide a line (If-Match: the line's version), write the texts, close/reopen (If-Match: the control's
 * version), upload the certificate (a PDF, 415 CONTROL-009; If-Match: the control's version), ask and answer clarifications (with files).
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type {
  AttachmentView,
  ClarificationAnswer,
  ClarificationRequest,
  ControlDecisionRequest,
  ControlDrawRequest,
  ControlErrorTypeView,
  ControlTextRequest,
  ControlTransitionRequest,
  ControlView,
} from '@/lib/api/types';
import { saveFile } from '@/lib/save-file';
import { invalidateReport } from '@/lib/api/invalidate-report';

export const controlKey = (reportId: string) => ['reports', 'control', reportId] as const;

/** The control, or null while none has started (the API answers 404). */
export async function getControl(reportId: string): Promise<ControlView | null> {
  try {
    return await unwrapAs<ControlView>(api.GET('/api/v1/reports/{id}/control', { params: { path: { id: reportId } } }));
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function useControl(reportId: string, enabled = true) {
  return useQuery({ queryKey: controlKey(reportId), queryFn: () => getControl(reportId), enabled });
}

export const errorTypesKey = ['control-error-types'] as const;

export function useErrorTypes() {
  return useQuery({
    queryKey: errorTypesKey,
    queryFn: () => unwrapAs<ControlErrorTypeView[]>(api.GET('/api/v1/control-error-types')),
    staleTime: 5 * 60_000,
  });
}

/** After a control changes: the control, and the report with its claim (the claim after control). */
function refreshed(queryClient: QueryClient, reportId: string, view: ControlView | null) {
  if (view) queryClient.setQueryData(controlKey(reportId), view);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: controlKey(reportId) }),
    invalidateReport(queryClient, reportId),
    queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
  ]);
}

function useControlMutation<I extends { reportId: string }>(fn: (input: I) => Promise<ControlView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (view, input) => refreshed(queryClient, input.reportId, view) });
}

export function useStartControl() {
  return useControlMutation(({ reportId }: { reportId: string }) =>
    unwrapAs<ControlView>(api.POST('/api/v1/reports/{id}/control', { params: { path: { id: reportId } } })),
  );
}

export function useDraw() {
  return useControlMutation(({ reportId, version, body }: { reportId: string; version: number; body: ControlDrawRequest }) =>
    unwrapAs<ControlView>(api.POST('/api/v1/reports/{id}/control/draws', { params: { path: { id: reportId }, header: ifMatch(version) }, body })),
  );
}

export function useDecide() {
  return useControlMutation(
    ({ reportId, expenditureId, version, body }: { reportId: string; expenditureId: string; version: number; body: ControlDecisionRequest }) =>
      unwrapAs<ControlView>(
        api.PUT('/api/v1/reports/{id}/control/lines/{expenditureId}', { params: { path: { id: reportId, expenditureId }, header: ifMatch(version) }, body }),
      ),
  );
}

export function useSaveTexts() {
  return useControlMutation(({ reportId, version, body }: { reportId: string; version: number; body: ControlTextRequest }) =>
    unwrapAs<ControlView>(api.PUT('/api/v1/reports/{id}/control', { params: { path: { id: reportId }, header: ifMatch(version) }, body })),
  );
}

export function useControlTransition() {
  return useControlMutation(({ reportId, version, body }: { reportId: string; version: number; body: ControlTransitionRequest }) =>
    unwrapAs<ControlView>(api.POST('/api/v1/reports/{id}/control/transitions', { params: { path: { id: reportId }, header: ifMatch(version) }, body })),
  );
}

export function useUploadCertificate() {
  return useControlMutation(({ reportId, version, file }: { reportId: string; version: number; file: File }) =>
    unwrapAs<ControlView>(
      api.PUT('/api/v1/reports/{id}/control/certificate', {
        params: { path: { id: reportId }, query: { fileName: file.name }, header: ifMatch(version) },
        // The file itself is the body, sent as it is.
        body: file as unknown as string,
        bodySerializer: (body) => body,
        headers: { 'Content-Type': 'application/pdf' },
      }),
    ),
  );
}

export function useAsk() {
  return useControlMutation(({ reportId, body }: { reportId: string; body: ClarificationRequest }) =>
    unwrapAs<ControlView>(api.POST('/api/v1/reports/{id}/control/clarifications', { params: { path: { id: reportId } }, body })),
  );
}

export function useAnswer() {
  return useControlMutation(
    ({ reportId, clarificationId, version, body }: { reportId: string; clarificationId: string; version: number; body: ClarificationAnswer }) =>
      unwrapAs<ControlView>(
        api.PUT('/api/v1/reports/{id}/control/clarifications/{clarificationId}/answer', {
          params: { path: { id: reportId, clarificationId }, header: ifMatch(version) },
          body,
        }),
      ),
  );
}

export function useAttachToAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, clarificationId, file }: { reportId: string; clarificationId: string; file: File }) =>
      unwrapAs<AttachmentView>(
        api.POST('/api/v1/reports/{id}/control/clarifications/{clarificationId}/files', {
          params: { path: { id: reportId, clarificationId }, query: { fileName: file.name } },
          body: file as unknown as string,
          bodySerializer: (body) => body,
          headers: { 'Content-Type': 'application/octet-stream' },
        }),
      ),
    onSuccess: (_file, { reportId }) => queryClient.invalidateQueries({ queryKey: controlKey(reportId) }),
  });
}

export async function downloadCertificate(reportId: string, fileName: string) {
  const blob = await unwrapAs<Blob>(api.GET('/api/v1/reports/{id}/control/certificate', { params: { path: { id: reportId } }, parseAs: 'blob' }));
  saveFile(blob, fileName);
}

export async function downloadAnswerFile(reportId: string, clarificationId: string, fileId: string, fileName: string) {
  const blob = await unwrapAs<Blob>(
    api.GET('/api/v1/reports/{id}/control/clarifications/{clarificationId}/files/{fileId}', {
      params: { path: { id: reportId, clarificationId, fileId } },
      parseAs: 'blob',
    }),
  );
  saveFile(blob, fileName);
}
