/** POST /notifications/{id}/read: marks one of the user's notifications as read (again is harmless). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { NotificationView } from '@/lib/api/types';

export function markNotificationRead(id: string) {
  return unwrapAs<NotificationView>(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    // Both the page's list and the header's unread count.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}
