/**
 * GET /applications/{id}/history, /projects/{id}/history and /reports/{id}/history (advisor,
 * auditor, admin): revisions of an application with its partnership, of a project, or of a report
 * with its expenditure lines, newest first.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { RevisionView } from '@/lib/api/types';

export type HistoryRecord = 'applications' | 'projects' | 'reports';

export function getRecordHistory(record: HistoryRecord, id: string) {
  const options = { params: { path: { id } } };
  const request =
    record === 'applications'
      ? api.GET('/api/v1/applications/{id}/history', options)
      : record === 'projects'
        ? api.GET('/api/v1/projects/{id}/history', options)
        : api.GET('/api/v1/reports/{id}/history', options);
  return unwrapAs<RevisionView[]>(request);
}

export function useRecordHistory(record: HistoryRecord, id: string) {
  return useQuery(queryOptions({ queryKey: ['history', record, id] as const, queryFn: () => getRecordHistory(record, id) }));
}
