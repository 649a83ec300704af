import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/testing/render-route';
import { UNREAD_POLL_MS } from '../api/get-notifications';
import { notification } from '../notification-fixture';
import { notificationServer } from '../notification-server';
import { NotificationBell } from './notification-bell';

const render = () => renderRoute(<NotificationBell />, { path: '/', at: '/' });

afterEach(() => {
  vi.useRealTimers();
});

describe('notification bell', () => {
  it('links to the notifications and names the unread count', async () => {
    const { requests } = notificationServer([notification(), notification({ id: 'n-2', readAt: '2026-02-12T10:00:00Z' })]);
    render();
    const link = await screen.findByRole('link', { name: 'Aviseringar, 1 oläst avisering' });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(screen.getByRole('status')).toHaveTextContent('1 oläst avisering');
    expect(requests[0].url.searchParams.get('unread')).toBe('true');
  });

  it('shows no count when everything is read', async () => {
    const { requests } = notificationServer([]);
    render();
    // Nothing on the screen changes when the answer is empty: wait for the answer itself.
    await act(() => vi.waitFor(() => expect(requests).toHaveLength(1)));
    expect(screen.getByRole('link', { name: 'Aviseringar' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('asks again every minute and announces the new count', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = notificationServer([notification()]);
    render();
    await screen.findByRole('link', { name: 'Aviseringar, 1 oläst avisering' });
    server.add(notification({ id: 'n-2', createdAt: '2026-02-13T09:00:00Z' }));
    await act(() => vi.advanceTimersByTimeAsync(UNREAD_POLL_MS));
    expect(await screen.findByRole('link', { name: 'Aviseringar, 2 olästa aviseringar' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 olästa aviseringar');
    expect(server.requests).toHaveLength(2);
  });
});
