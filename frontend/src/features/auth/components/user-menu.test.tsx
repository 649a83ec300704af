import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { UserMenu } from './user-menu';

vi.mock('react-oidc-context', () => ({ useAuth: () => ({ signoutRedirect: vi.fn(), removeUser: vi.fn() }) }));

function server(stored: { language: 'SV' | 'EN'; chosen: boolean }) {
  return mockFetch([
    { method: 'GET', path: '/api/v1/me/language', answer: () => json(stored) },
    {
      method: 'PUT',
      path: '/api/v1/me/language',
      answer: (_request, body) => json({ language: (body as { language: string }).language, chosen: true }),
    },
  ]);
}

function renderMenu() {
  return renderRoute(<UserMenu />, { path: '/', at: '/' });
}

describe('the language switch of a signed-in user', () => {
  afterEach(async () => {
    cleanup();
    await act(() => i18n.changeLanguage('sv'));
  });

  it('saves the choice on the server, so notices and e-mails come in it', async () => {
    const { requests } = server({ language: 'SV', chosen: false });
    renderMenu();
    await waitFor(() => expect(requests.some((r) => r.method === 'GET' && r.url.pathname === '/api/v1/me/language')).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Log out' })).toBeInTheDocument();
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = requests.filter((r) => r.method === 'PUT');
    expect(put[0].url.pathname).toBe('/api/v1/me/language');
    expect(put[0].body).toEqual({ language: 'EN' });

    await userEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'PUT')[1].body).toEqual({ language: 'SV' });
  });

  it('turns the portal to the language the user chose before, without saving anything', async () => {
    const { requests } = server({ language: 'EN', chosen: true });
    renderMenu();
    expect(await screen.findByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Svenska' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('stores English for a user who never chose but reads the portal in English', async () => {
    await i18n.changeLanguage('en');
    const { requests } = server({ language: 'SV', chosen: false });
    renderMenu();
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([{ language: 'EN' }]));
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });
});
