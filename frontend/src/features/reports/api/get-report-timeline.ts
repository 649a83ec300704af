/** GET /reports/{id}/timeline: the workflow steps taken, oldest first, with who, when and the comment. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportTimelineEntry } from '@/lib/api/types';

export function getReportTimeline(id: string) {
  return unwrapAs<ReportTimelineEntry[]>(api.GET('/api/v1/reports/{id}/timeline', { params: { path: { id } } }));
}

export function useReportTimeline(id: string) {
  return useQuery({ queryKey: queryKeys.reportTimeline(id), queryFn: () => getReportTimeline(id) });
}
