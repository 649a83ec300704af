import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contact, CONTACT_ID, meWith, SOC_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ContactDetailRoute } from './contact-detail-route';

const path = '/contacts/:id';
const at = `/contacts/${CONTACT_ID}`;
const getContact = { method: 'GET', path: `/api/v1/contact-persons/${CONTACT_ID}`, answer: () => json(contact()) };

describe('contact person page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives an admin history, export and erasure', async () => {
    mockFetch([getContact]);
    renderRoute(<ContactDetailRoute />, { path, at, me: meWith(['admin']) });
    await screen.findByRole('heading', { level: 1, name: 'Sara Samordnare' });
    expect(screen.getByRole('link', { name: 'Redigera' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Historik' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exportera personuppgifter' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exportera som läsbar sida (HTML)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera personuppgifter' })).toBeInTheDocument();
  });

  it('saves the readable page of the personal data as the server wrote it', async () => {
    const page = '<!DOCTYPE html><html lang="sv"><h1>Personuppgifter om Sara Samordnare</h1></html>';
    const { requests } = mockFetch([
      getContact,
      {
        method: 'GET',
        path: `/api/v1/contact-persons/${CONTACT_ID}/personal-data.html`,
        answer: () => new Response(page, { headers: { 'Content-Type': 'text/html' } }),
      },
    ]);
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:html');
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderRoute(<ContactDetailRoute />, { path, at, me: meWith(['admin']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Exportera som läsbar sida (HTML)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(requests.some((r) => r.url.pathname.endsWith('/personal-data.html'))).toBe(true);
    expect(await createObjectURL.mock.calls[0][0].text()).toContain('Personuppgifter om Sara Samordnare');
  });

  it('lets the coordinator of the unit edit, without history or personal data actions', async () => {
    mockFetch([getContact]);
    const me = meWith(['coordinator'], [{ id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen' }]);
    renderRoute(<ContactDetailRoute />, { path, at, me });
    await screen.findByRole('heading', { level: 1, name: 'Sara Samordnare' });
    expect(screen.getByRole('link', { name: 'Redigera' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Historik' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exportera personuppgifter' })).toBeNull();
  });

  it('shows an applicant no actions at all', async () => {
    mockFetch([getContact]);
    renderRoute(<ContactDetailRoute />, { path, at, me: meWith(['applicant'], [{ id: SOC_ID, code: 'SOC', name: 'Soc' }]) });
    await screen.findByRole('heading', { level: 1, name: 'Sara Samordnare' });
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort' })).toBeNull();
  });

  it('erases only after the irreversibility is acknowledged', async () => {
    const erased = contact({ name: 'Raderad', email: null, title: null, erased: true, version: 2 });
    const { requests } = mockFetch([
      { ...getContact, once: true },
      { method: 'GET', path: `/api/v1/contact-persons/${CONTACT_ID}`, answer: () => json(erased) },
      {
        method: 'POST',
        path: `/api/v1/contact-persons/${CONTACT_ID}/erasure`,
        answer: () => json(erased),
      },
    ]);
    renderRoute(<ContactDetailRoute />, { path, at, me: meWith(['admin']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Radera personuppgifter' }));
    const confirm = screen.getByRole('button', { name: 'Radera permanent' });
    expect(confirm).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: /inte kan återställas/ }));
    await userEvent.click(confirm);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Personuppgifterna har raderats.'));
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Anonymiserad kontaktperson' })).toBeInTheDocument();
  });
});
