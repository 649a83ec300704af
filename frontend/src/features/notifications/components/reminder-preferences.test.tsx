import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/render-route';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { notification } from '../notification-fixture';
import { DEFAULT_PREFERENCES, notificationServer } from '../notification-server';
import { NotificationsRoute } from '../routes/notifications-route';

function renderPage() {
  return renderRoute(<NotificationsRoute />, { path: '/notifications', at: '/notifications' });
}

describe('reminder preferences', () => {
  it('offers off, daily digest and at once per kind, with the stored choice checked', async () => {
    notificationServer([], [
      { kind: 'REPORT_DUE', delivery: 'DIGEST' },
      { kind: 'CALL_DEADLINE', delivery: 'OFF' },
    ]);
    renderPage();
    expect(await screen.findByRole('heading', { level: 2, name: 'Påminnelser' })).toBeInTheDocument();
    const reports = await screen.findByRole('group', { name: 'Rapporter som ska lämnas' });
    expect(within(reports).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['OFF', 'DIGEST', 'IMMEDIATE']);
    expect(within(reports).getByRole('radio', { name: 'Daglig sammanfattning' })).toBeChecked();
    expect(within(reports).getByRole('radio', { name: 'Daglig sammanfattning' })).toHaveAccessibleDescription('(ett e-postmeddelande varje morgon)');
    const calls = screen.getByRole('group', { name: 'Utlysningar som stänger' });
    expect(within(calls).getByRole('radio', { name: 'Av' })).toBeChecked();
    expect(within(calls).getByRole('radio', { name: 'Direkt' })).not.toBeChecked();
  });

  it('saves the choices and says so', async () => {
    const { requests } = notificationServer([], DEFAULT_PREFERENCES);
    renderPage();
    const calls = await screen.findByRole('group', { name: 'Utlysningar som stänger' });
    await userEvent.click(within(calls).getByRole('radio', { name: 'Daglig sammanfattning' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Rapporter som ska lämnas' })).getByRole('radio', { name: 'Av' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara påminnelser' }));
    expect(await screen.findByText('Dina val för påminnelser har sparats.')).toBeInTheDocument();
    const put = requests.filter((request) => request.method === 'PUT');
    expect(put.map((request) => request.url.pathname)).toEqual(['/api/v1/notifications/preferences']);
    expect(put[0].body).toEqual([
      { kind: 'REPORT_DUE', delivery: 'OFF' },
      { kind: 'CALL_DEADLINE', delivery: 'DIGEST' },
    ]);
    expect(within(calls).getByRole('radio', { name: 'Daglig sammanfattning' })).toBeChecked();
  });

  it('shows a refusal and keeps the choice on screen', async () => {
    mockFetch([
      { method: 'GET', path: '/api/v1/notifications/preferences', answer: () => json(DEFAULT_PREFERENCES) },
      { method: 'GET', path: '/api/v1/notifications', answer: () => json([]) },
      {
        method: 'PUT',
        path: '/api/v1/notifications/preferences',
        answer: () => problem(400, { title: 'Invalid request', detail: 'The request has invalid fields', errors: [{ field: '[0].kind', message: 'is listed twice', code: 'Unique' }] }),
      },
    ]);
    renderPage();
    const reports = await screen.findByRole('group', { name: 'Rapporter som ska lämnas' });
    await userEvent.click(within(reports).getByRole('radio', { name: 'Av' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara påminnelser' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('Dina val för påminnelser har sparats.')).toBeNull();
    expect(within(reports).getByRole('radio', { name: 'Av' })).toBeChecked();
  });

  it('names reminder notifications by their kind', async () => {
    notificationServer([
      notification({ id: 'n-report', kind: 'REPORT_DUE', message: 'Påminnelse: lägesrapport och ekonomisk rapport för period 1 i projektet ”Unga vägar” ska lämnas senast 1 mars 2027 (om 14 dagar).' }),
      notification({ id: 'n-call', kind: 'CALL_DEADLINE', message: 'Påminnelse: utlysningen ”LIFE-2027” stänger 3 mars 2027 kl. 17:00 (Europe/Brussels), om 3 dagar.', createdAt: '2026-02-11T09:00:00Z' }),
    ]);
    renderPage();
    const items = within(await screen.findByRole('list', { name: 'Aviseringar' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Oläst Rapport ska lämnas, /);
    expect(items[1]).toHaveTextContent(/^Oläst Utlysning stänger, /);
    expect(within(items[0]).getByRole('link', { name: /Unga vägar/ })).toHaveAttribute('href', '/applications/77777777-7777-4777-8777-777777777777');
  });
});
