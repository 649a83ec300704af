/** A fake notifications API for this feature's tests: lists (all or unread), marking read, reminder choices. */
import type { NotificationView, PreferenceView } from '@/lib/api/types';
import { json, mockFetch, problem } from '@/testing/mock-fetch';

export const DEFAULT_PREFERENCES: PreferenceView[] = [
  { kind: 'REPORT_DUE', delivery: 'IMMEDIATE' },
  { kind: 'CALL_DEADLINE', delivery: 'IMMEDIATE' },
];

export function notificationServer(initial: NotificationView[], preferences: PreferenceView[] = DEFAULT_PREFERENCES) {
  let stored = [...initial];
  let choices = [...preferences];
  const mock = mockFetch([
    { method: 'GET', path: '/api/v1/notifications/preferences', answer: () => json(choices) },
    {
      method: 'PUT',
      path: '/api/v1/notifications/preferences',
      answer: (_request, body) => {
        const sent = body as PreferenceView[];
        choices = choices.map((choice) => sent.find((item) => item.kind === choice.kind) ?? choice);
        return json(choices);
      },
    },
    {
      method: 'GET',
      path: '/api/v1/notifications',
      answer: (request) => {
        const unread = new URL(request.url).searchParams.get('unread') === 'true';
        return json(unread ? stored.filter((item) => item.readAt === null) : stored);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/v1\/notifications\/[^/]+\/read$/,
      answer: (request) => {
        const id = new URL(request.url).pathname.split('/').at(-2);
        const found = stored.find((item) => item.id === id);
        if (!found) return problem(404, { title: 'Not Found' });
        const read = { ...found, readAt: found.readAt ?? '2026-02-13T08:00:00Z' };
        stored = stored.map((item) => (item.id === id ? read : item));
        return json(read);
      },
    },
  ]);
  return {
    ...mock,
    /** Something new arrives on the server. */
    add: (item: NotificationView) => {
      stored = [item, ...stored];
    },
  };
}
