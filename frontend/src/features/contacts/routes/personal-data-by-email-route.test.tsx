import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { PersonalDataByEmailRoute } from './personal-data-by-email-route';

const path = '/personal-data';
const EMAIL = 'mona.medlem@example.se';

const held = {
  exportedAt: '2026-12-07T10:00:00Z',
  email: EMAIL,
  eventRegistrations: [
    { eventId: 'e1', eventTitle: 'Interreg-dagen', startsAt: '2026-05-01T09:00:00', name: 'Mona Medlem', email: EMAIL, status: 'REGISTERED', attended: null },
  ],
  otherRegisters: [
    { register: 'EXTERNAL_NETWORK_MEMBER', recordId: 'n1', recordName: 'EFFEKNET', name: 'Mona Medlem', role: null, email: EMAIL, phone: null },
    { register: 'PARTNER_CONTACT', recordId: 'p1', recordName: 'Effektiv kommun', name: 'Mona Medlem', role: 'EU-samordnare', email: EMAIL, phone: '+46 8 123 45' },
    { register: 'PARTNER_CONTACT', recordId: 'p2', recordName: 'Tartu linn', name: 'Mona Medlem', role: null, email: EMAIL, phone: null },
  ],
};
const nothing = { ...held, eventRegistrations: [], otherRegisters: [] };

async function search(email = EMAIL) {
  const form = await screen.findByRole('search', { name: 'Sök personuppgifter per e-post' });
  await userEvent.type(within(form).getByRole('textbox', { name: /^E-post/ }), email);
  await userEvent.click(within(form).getByRole('button', { name: 'Sök' }));
}

const countOf = (register: string) => screen.getByRole('rowheader', { name: register }).nextElementSibling?.textContent;

describe('personal data by e-mail', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows what each register holds under the e-mail, with both exports and the erasure', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/personal-data', answer: () => json(held) }]);
    renderRoute(<PersonalDataByEmailRoute />, { path, at: path, me: meWith(['admin']) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Personuppgifter per e-post' })).toBeInTheDocument();
    await search(` ${EMAIL} `);

    expect(await screen.findByRole('table', { name: `Uppgifter under ${EMAIL}` })).toBeInTheDocument();
    expect(countOf('Anmälningar till evenemang som gäst')).toBe('1');
    expect(countOf('Kontaktperson för vänort')).toBe('0');
    expect(countOf('Medlem i externt nätverk')).toBe('1');
    expect(countOf('Kontaktperson hos partnerorganisation')).toBe('2');
    expect(screen.getByRole('button', { name: 'Exportera personuppgifter' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exportera som läsbar sida (HTML)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera personuppgifter' })).toBeInTheDocument();
    expect(requests[0].url.searchParams.get('email')).toBe(EMAIL);
  });

  it('saves the readable page the server wrote for the e-mail', async () => {
    const page = '<!DOCTYPE html><html lang="sv"><h1>Personuppgifter om mona.medlem@example.se</h1></html>';
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/personal-data', answer: () => json(held) },
      { method: 'GET', path: '/api/v1/personal-data.html', answer: () => new Response(page, { headers: { 'Content-Type': 'text/html' } }) },
    ]);
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:html');
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderRoute(<PersonalDataByEmailRoute />, { path, at: path, me: meWith(['admin']) });
    await search();
    await userEvent.click(await screen.findByRole('button', { name: 'Exportera som läsbar sida (HTML)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const pageRequest = requests.find((r) => r.url.pathname === '/api/v1/personal-data.html');
    expect(pageRequest?.url.searchParams.get('email')).toBe(EMAIL);
    expect(await createObjectURL.mock.calls[0][0].text()).toContain('Personuppgifter om mona.medlem@example.se');
  });

  it('erases only after a confirmation that names the e-mail, then says what was erased', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/personal-data', once: true, answer: () => json(held) },
      { method: 'POST', path: '/api/v1/personal-data/erasure', answer: () => json({ eventRegistrations: 1, otherRegisters: 3 }) },
      { method: 'GET', path: '/api/v1/personal-data', answer: () => json(nothing) },
    ]);
    renderRoute(<PersonalDataByEmailRoute />, { path, at: path, me: meWith(['admin']) });
    await search();
    await userEvent.click(await screen.findByRole('button', { name: 'Radera personuppgifter' }));

    const dialog = await screen.findByRole('alertdialog', { name: `Radera allt som är sparat under ${EMAIL}?` });
    expect(dialog).toHaveTextContent('Åtgärden kan inte ångras.');
    const confirm = within(dialog).getByRole('button', { name: 'Radera permanent' });
    expect(confirm).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Jag förstår att uppgifterna inte kan återställas.' }));
    await userEvent.click(confirm);

    expect(await screen.findByText('Raderat: 1 anmälningar till evenemang och 3 poster i andra register.')).toBeInTheDocument();
    expect(await screen.findByText(`Ingenting är sparat under ${EMAIL}.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Radera personuppgifter' })).toBeNull();
    const erasure = requests.find((r) => r.method === 'POST');
    expect(erasure?.url.searchParams.get('email')).toBe(EMAIL);
  });

  it("says at the field in Swedish when the server refuses the e-mail, and asks for one before searching", async () => {
    const { requests } = mockFetch([
      {
        method: 'GET',
        path: '/api/v1/personal-data',
        answer: () => problem(400, { code: 'VALIDATION', errors: [{ field: 'export.email', message: 'must be a well-formed email address', code: 'Email' }] }),
      },
    ]);
    renderRoute(<PersonalDataByEmailRoute />, { path, at: path, me: meWith(['admin']) });
    const form = await screen.findByRole('search', { name: 'Sök personuppgifter per e-post' });
    await userEvent.click(within(form).getByRole('button', { name: 'Sök' }));
    expect(await within(form).findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await search('inte-en-adress');
    const field = within(form).getByRole('textbox', { name: /^E-post/ });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Ange en giltig e-postadress/);
  });
});
