/** GET /applications/{id}/timeline: the workflow steps taken, oldest first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { TimelineEntry } from '@/lib/api/types';

export function getTimeline(id: string) {
  return unwrapAs<TimelineEntry[]>(api.GET('/api/v1/applications/{id}/timeline', { params: { path: { id } } }));
}

export function getTimelineQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.applicationTimeline(id), queryFn: () => getTimeline(id) });
}

export function useTimeline(id: string) {
  return useQuery(getTimelineQueryOptions(id));
}
