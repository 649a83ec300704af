/** PUT /notifications/preferences: stores the user's choices; the answer (all of them) replaces the cached ones. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PreferenceView } from '@/lib/api/types';

export function savePreferences(preferences: PreferenceView[]) {
  return unwrapAs<PreferenceView[]>(api.PUT('/api/v1/notifications/preferences', { body: preferences }));
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.notificationPreferences, saved),
  });
}
