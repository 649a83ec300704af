/** GET /notifications: the user's notifications, newest first (at most 200); `unread` for the unread ones only. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { NotificationView } from '@/lib/api/types';

/** How often the header asks for new notifications. */
export const UNREAD_POLL_MS = 60_000;

export async function getNotifications(unread: boolean): Promise<NotificationView[]> {
  const items = await unwrapAs<NotificationView[]>(api.GET('/api/v1/notifications', { params: { query: unread ? { unread } : {} } }));
  // Newest first, whatever order they came in.
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

export function getNotificationsQueryOptions(unread = false) {
  return queryOptions({ queryKey: queryKeys.notificationList({ unread }), queryFn: () => getNotifications(unread) });
}

export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}

/** The unread ones, polled modestly and refreshed when the user comes back to the tab. */
export function useUnreadNotifications() {
  return useQuery({ ...getNotificationsQueryOptions(true), refetchInterval: UNREAD_POLL_MS, refetchOnWindowFocus: true });
}
