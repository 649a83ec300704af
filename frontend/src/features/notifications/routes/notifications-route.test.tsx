import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/render-route';
import { NotificationBell } from '../components/notification-bell';
import { notification } from '../notification-fixture';
import { notificationServer } from '../notification-server';
import { NotificationsRoute } from './notifications-route';

const older = notification({
  id: 'n-old',
  message: 'Anna Applicant added you to the team of "Sommarskola"',
  link: '/applications/a-old',
  createdAt: '2026-01-05T09:00:00Z',
  readAt: '2026-01-06T09:00:00Z',
});
const newer = notification({ id: 'n-new', createdAt: '2026-02-12T09:00:00Z' });

function renderPage() {
  // The header's bell beside the page, to see the unread count follow.
  return renderRoute(
    <>
      <NotificationBell />
      <NotificationsRoute />
    </>,
    { path: '/notifications', at: '/notifications' },
  );
}

describe('notifications page', () => {
  it('lists the notifications newest first, the unread marked', async () => {
    notificationServer([older, newer]);
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeInTheDocument();
    const items = within(await screen.findByRole('list', { name: 'Aviseringar' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Oläst Tillagd i ett ansökningsteam, 12 feb. 2026/),
      expect.stringMatching(/^Tillagd i ett ansökningsteam, 5 jan. 2026.*Läst 6 jan. 2026/),
    ]);
    expect(within(items[0]).getByRole('link', { name: newer.message })).toHaveAttribute('href', newer.link);
    expect(within(items[1]).queryByRole('button', { name: 'Markera som läst' })).toBeNull();
  });

  it('marks one read, says so and lowers the unread count', async () => {
    const { requests } = notificationServer([older, newer]);
    renderPage();
    await screen.findByRole('link', { name: 'Aviseringar, 1 oläst avisering' });
    const button = await screen.findByRole('button', { name: 'Markera som läst' });
    expect(button).toHaveAccessibleDescription(newer.message);
    await userEvent.click(button);
    expect(await screen.findByText('Aviseringen har markerats som läst.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Aviseringar' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markera som läst' })).toBeNull();
    expect(screen.getByRole('link', { name: newer.message })).toHaveFocus();
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.url.pathname)).toEqual([`/api/v1/notifications/${newer.id}/read`]);
  });

  it('opens what a notification is about and marks it read on the way', async () => {
    const { requests } = notificationServer([newer]);
    const { router } = renderPage();
    await userEvent.click(await screen.findByRole('link', { name: newer.message }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(newer.link);
    await waitFor(() => expect(requests.some((request) => request.method === 'POST' && request.url.pathname === `/api/v1/notifications/${newer.id}/read`)).toBe(true));
  });

  it('does not mark an already read notification again when opening it', async () => {
    const { requests } = notificationServer([older]);
    renderPage();
    await userEvent.click(await screen.findByRole('link', { name: older.message }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('says when there is nothing', async () => {
    notificationServer([]);
    renderPage();
    expect(await screen.findByText('Du har inga aviseringar.')).toBeInTheDocument();
  });
});
