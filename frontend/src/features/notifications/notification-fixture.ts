/** Sample notifications for this feature's tests. */
import type { NotificationView } from '@/lib/api/types';

export function notification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: '88888888-8888-4888-8888-888888888881',
    kind: 'ADDED_TO_TEAM',
    message: 'Carl Coordinator added you to the team of "Hemtjänst i hemmet"',
    link: '/applications/77777777-7777-4777-8777-777777777777',
    createdAt: '2026-02-12T09:00:00Z',
    readAt: null,
    ...overrides,
  };
}
