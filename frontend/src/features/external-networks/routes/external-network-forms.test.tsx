import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, SOC_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import type { ExternalNetworkView } from '@/lib/api/types';
import { ExternalNetworkCreateRoute } from './external-network-create-route';
import { ExternalNetworkEditRoute } from './external-network-edit-route';

const NETWORK = '33333333-3333-3333-3333-333333333333';
const units = () =>
  json({ items: [{ id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 }], page: 0, size: 200, total: 1 });
const network = (over: Partial<ExternalNetworkView> = {}): ExternalNetworkView => ({
  id: NETWORK,
  name: 'SEUS',
  description: 'Svenska EU-samordnare',
  website: 'https://seus.se',
  members: [{ name: 'Eva Ek', unitId: SOC_ID, unitName: 'Socialförvaltningen', role: 'Kontaktperson', email: 'eva.ek@sodertalje.se' }],
  meetings: [],
  version: 5,
  ...over,
});

describe('an external network', () => {
  it('is recorded with a member and their unit', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { method: 'POST', path: '/api/v1/external-networks', answer: () => json(network(), { status: 201 }) },
    ]);
    const { router } = renderRoute(<ExternalNetworkCreateRoute />, { path: '/external-networks/new', at: '/external-networks/new', me: meWith(['advisor']) });
    await userEvent.type(screen.getByLabelText(/^Nätverk/), 'SEUS');
    await userEvent.type(screen.getByLabelText(/^Webbplats/), 'https://seus.se');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till medlem' }));
    const member = screen.getByRole('group', { name: 'Medlem 1' });
    await userEvent.type(within(member).getByLabelText(/^Namn/), 'Eva Ek');
    const unit = within(member).getByLabelText(/^Förvaltning eller bolag/);
    await waitFor(() => expect(within(unit).getAllByRole('option')).toHaveLength(2));
    await userEvent.selectOptions(unit, SOC_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/external-networks/${NETWORK}`));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'SEUS',
      description: null,
      website: 'https://seus.se',
      members: [{ name: 'Eva Ek', unitId: SOC_ID, role: null, email: null }],
    });
  });

  it('says at the name that another network has it (NETWORK-001)', async () => {
    mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      {
        method: 'POST',
        path: '/api/v1/external-networks',
        answer: () => problem(409, { title: 'Conflict', code: 'NETWORK-001', errors: [{ field: 'name', message: 'is another network\'s name', code: 'NETWORK-001' }] }),
      },
    ]);
    renderRoute(<ExternalNetworkCreateRoute />, { path: '/external-networks/new', at: '/external-networks/new', me: meWith(['advisor']) });
    await userEvent.type(screen.getByLabelText(/^Nätverk/), 'SEUS');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    await waitFor(() => expect(screen.getByLabelText(/^Nätverk/)).toHaveAttribute('aria-invalid', 'true'));
  });

  it('is changed with If-Match: a member added, the first kept', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { method: 'GET', path: `/api/v1/external-networks/${NETWORK}`, answer: () => json(network()) },
      { method: 'PUT', path: `/api/v1/external-networks/${NETWORK}`, answer: () => json(network({ version: 6 })) },
    ]);
    renderRoute(<ExternalNetworkEditRoute />, { path: '/external-networks/:id/edit', at: `/external-networks/${NETWORK}/edit`, me: meWith(['advisor']) });
    await screen.findByRole('group', { name: 'Medlem 1' });
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till medlem' }));
    await userEvent.type(within(screen.getByRole('group', { name: 'Medlem 2' })).getByLabelText(/^Namn/), 'Per Berg');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"5"');
    expect(put?.body).toMatchObject({
      members: [
        { name: 'Eva Ek', unitId: SOC_ID, role: 'Kontaktperson', email: 'eva.ek@sodertalje.se' },
        { name: 'Per Berg', unitId: null, role: null, email: null },
      ],
    });
  });

  it('shows a change made meanwhile and, when the user takes it, continues from the stored version (412)', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { once: true, method: 'GET', path: `/api/v1/external-networks/${NETWORK}`, answer: () => json(network()) },
      { method: 'GET', path: `/api/v1/external-networks/${NETWORK}`, answer: () => json(network({ version: 7, description: 'Sveriges EU-samordnare i kommuner' })) },
      { once: true, method: 'PUT', path: `/api/v1/external-networks/${NETWORK}`, answer: () => problem(412, { title: 'Precondition Failed', detail: 'Stale version' }) },
    ]);
    renderRoute(<ExternalNetworkEditRoute />, { path: '/external-networks/:id/edit', at: `/external-networks/${NETWORK}/edit`, me: meWith(['advisor']) });
    const website = await screen.findByLabelText(/^Webbplats/);
    await userEvent.clear(website);
    await userEvent.type(website, 'https://seus.nu');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
    expect(within(notice).getByRole('rowheader', { name: 'Beskrivning' }).closest('tr')).toHaveTextContent('Sveriges EU-samordnare i kommuner');
    await userEvent.click(within(notice).getByRole('button', { name: 'Kasta mina ändringar och läs in deras' }));

    expect(screen.getByLabelText(/^Webbplats/)).toHaveValue('https://seus.se');
    expect(screen.getByLabelText(/^Beskrivning/)).toHaveValue('Sveriges EU-samordnare i kommuner');
    expect(screen.queryByRole('region', { name: 'Någon annan har ändrat uppgifterna' })).toBeNull();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });
});
