/**
 * The auditors' exports of a project: the PDF report and the workbook (Swedish or English) and the
 * audit package, fetched with the bearer token (never in a URL) and saved from a Blob; and the log
 * of who exported what.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { components } from '@/lib/api/schema';
import { saveFile } from '@/lib/save-file';

export type ExportView = components['schemas']['ExportView'];
export type ExportFormat = 'pdf' | 'xlsx' | 'zip';

export interface DownloadExportInput {
  projectId: string;
  format: ExportFormat;
  lang: 'sv' | 'en';
  fileName: string;
}

export async function downloadExport({ projectId, format, lang, fileName }: DownloadExportInput) {
  const options = { params: { path: { projectId }, query: { lang } }, parseAs: 'blob' as const };
  const request =
    format === 'pdf'
      ? api.GET('/api/v1/projects/{projectId}/export.pdf', options)
      : format === 'xlsx'
        ? api.GET('/api/v1/projects/{projectId}/export.xlsx', options)
        : api.GET('/api/v1/projects/{projectId}/audit-package', options);
  saveFile(await unwrapAs<Blob>(request), fileName);
}

export function useDownloadExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: downloadExport,
    onSuccess: (_, { projectId }) => queryClient.invalidateQueries({ queryKey: queryKeys.projectExports(projectId) }),
  });
}

export function useProjectExports(projectId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.projectExports(projectId),
      queryFn: () => unwrapAs<ExportView[]>(api.GET('/api/v1/projects/{projectId}/exports', { params: { path: { projectId } } })),
      enabled,
    }),
  );
}
