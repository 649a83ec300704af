/** GET /notifications/preferences: how the user wants each kind of reminder delivered. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PreferenceView } from '@/lib/api/types';

export function getPreferences() {
  return unwrapAs<PreferenceView[]>(api.GET('/api/v1/notifications/preferences'));
}

export function usePreferences() {
  return useQuery(queryOptions({ queryKey: queryKeys.notificationPreferences, queryFn: getPreferences }));
}
