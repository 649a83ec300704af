/**
 * GET /projects/{id}/history and /reports/{id}/history (advisor, auditor, admin): revisions of a
 * project, or of a report with its expenditure lines, newest first.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { RevisionView } from '@/lib/api/types';

export type HistoryRecord = 'projects' | 'reports';

export function getRecordHistory(record: HistoryRecord, id: string) {
  const request =
    record === 'projects'
      ? api.GET('/api/v1/projects/{id}/history', { params: { path: { id } } })
      : api.GET('/api/v1/reports/{id}/history', { params: { path: { id } } });
  return unwrapAs<RevisionView[]>(request);
}

export function useRecordHistory(record: HistoryRecord, id: string) {
  return useQuery(queryOptions({ queryKey: ['history', record, id] as const, queryFn: () => getRecordHistory(record, id) }));
}
