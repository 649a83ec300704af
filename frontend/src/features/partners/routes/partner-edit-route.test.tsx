import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { PARTNER_ID, partner } from '../partner-fixture';
import { PartnerEditRoute } from './partner-edit-route';

const path = '/partners/:id/edit';
const at = `/partners/${PARTNER_ID}/edit`;

describe('editing an organisation', () => {
  it('loads the entry into the form and saves it with If-Match, keeping the contact persons', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/partners/${PARTNER_ID}`, answer: () => json(partner()) },
      { method: 'PUT', path: `/api/v1/partners/${PARTNER_ID}`, answer: () => json(partner({ version: 3 })) },
    ]);
    const { router } = renderRoute(<PartnerEditRoute />, { path, at, me: meWith(['coordinator']) });
    expect(await screen.findByLabelText(/^Juridiskt namn/)).toHaveValue('Turun kaupunki');
    expect(screen.getByLabelText(/^Kompetens/)).toHaveValue('climate adaptation\nurban water');
    expect(screen.getByLabelText(/^Språk/)).toHaveValue('fi, sv, en');
    expect(within(screen.getByRole('group', { name: 'Kontaktperson 1' })).getByLabelText(/^Namn/)).toHaveValue('Anni Virtanen');
    await userEvent.type(screen.getByLabelText(/^Kompetens/), '\nschool yards');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/partners/${PARTNER_ID}`));
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.body).toMatchObject({
      expertise: ['climate adaptation', 'urban water', 'school yards'],
      languages: ['fi', 'sv', 'en'],
      contacts: [{ name: 'Anni Virtanen', role: 'EU-samordnare', email: 'anni.virtanen@turku.fi', phone: '+358 2 262 7229' }],
    });
  });

  it('shows what someone else saved meanwhile (412) and overwrites with the new version', async () => {
    let puts = 0;
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/partners/${PARTNER_ID}`, answer: () => json(puts === 0 ? partner() : partner({ city: 'Åbo', version: 5 })) },
      {
        method: 'PUT',
        path: `/api/v1/partners/${PARTNER_ID}`,
        answer: () => (++puts === 1 ? problem(412, { title: 'Precondition failed', code: 'STALE_VERSION' }) : json(partner({ version: 6 }))),
      },
    ]);
    renderRoute(<PartnerEditRoute />, { path, at, me: meWith(['advisor']) });
    await userEvent.clear(await screen.findByLabelText(/^Ort/));
    await userEvent.type(screen.getByLabelText(/^Ort/), 'Turku/Åbo');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('heading', { name: 'Någon annan har ändrat uppgifterna' });
    const row = within(notice.closest('section')!).getByRole('rowheader', { name: 'Ort' }).closest('tr')!;
    expect(row).toHaveTextContent('Turku/Åbo');
    expect(row).toHaveTextContent('Åbo');
    await userEvent.click(screen.getByRole('button', { name: 'Skriv över med mina ändringar' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(2));
    expect(requests.filter((request) => request.method === 'PUT')[1].headers.get('If-Match')).toBe('"5"');
  });
});
