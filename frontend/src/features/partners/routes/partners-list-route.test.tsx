import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { PARTNER_ID, partner } from '../partner-fixture';
import { PartnersListRoute } from './partners-list-route';

const path = '/partners';
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const wuxi = partner({ id: 'wuxi', legalName: '无锡市人民政府', englishName: "Wuxi Municipal People's Government", country: 'CN', city: 'Wuxi', twinTown: true, projectsCount: 0, coordinatedCount: 0 });

function scenario() {
  return mockFetch([
    { method: 'GET', path: '/api/v1/partners/networks', answer: () => json([{ name: 'EFFEKNET', organisations: 1 }, { name: 'UBC', organisations: 3 }]) },
    { method: 'GET', path: '/api/v1/partners/export', answer: () => new Response('legalName,country\n', { headers: { 'Content-Type': 'text/csv' } }) },
    { method: 'GET', path: '/api/v1/partners', answer: () => json({ items: [partner(), wuxi], page: 0, size: 20, total: 2 }) },
  ]);
}

const listRequests = (requests: ReturnType<typeof scenario>['requests']) => requests.filter((request) => request.url.pathname === '/api/v1/partners');

describe('partner register', () => {
  it('lists organisations with country, type, EU projects and the twin-town mark', async () => {
    scenario();
    renderRoute(<PartnersListRoute />, { path, at: path, me: applicant });
    const turku = (await screen.findByRole('link', { name: 'Turun kaupunki' })).closest('tr')!;
    expect(turku).toHaveTextContent('City of Turku');
    expect(turku).toHaveTextContent('Finland');
    expect(turku).toHaveTextContent('Kommun');
    expect(turku).toHaveTextContent('12 (varav 3 som koordinator)');
    expect(screen.getByRole('link', { name: 'Turun kaupunki' })).toHaveAttribute('href', `/partners/${PARTNER_ID}`);
    const twinTown = screen.getByRole('link', { name: '无锡市人民政府' }).closest('tr')!;
    expect(twinTown).toHaveTextContent('Vänort');
    expect(twinTown).toHaveTextContent('Kina');
  });

  it('ranks a search by relevance until a column is sorted, and back', async () => {
    const { requests } = scenario();
    const { router } = renderRoute(<PartnersListRoute />, { path, at: path, me: applicant });
    await screen.findByRole('link', { name: 'Turun kaupunki' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sök' }), 'climate schools');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(listRequests(requests).at(-1)?.url.searchParams.get('q')).toBe('climate schools'));
    expect(listRequests(requests).at(-1)?.url.searchParams.has('sort')).toBe(false);
    expect(await screen.findByText(/Sorterade efter relevans\./)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^EU-projekt/ }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('projectsCount'));
    await waitFor(() => expect(listRequests(requests).at(-1)?.url.searchParams.get('sort')).toBe('projectsCount'));
    expect(screen.getByRole('columnheader', { name: /^EU-projekt/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(screen.getByRole('button', { name: 'Sortera efter relevans' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).has('sort')).toBe(false));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('climate schools');
  });

  it('filters by country, type, network, twin town and expertise, kept in the address', async () => {
    const { requests } = scenario();
    const { router } = renderRoute(<PartnersListRoute />, { path, at: path, me: applicant });
    await screen.findByRole('option', { name: 'EFFEKNET' });
    await userEvent.selectOptions(screen.getByLabelText('Land'), 'FI');
    await userEvent.selectOptions(screen.getByLabelText('Typ av organisation'), 'MUNICIPALITY');
    await userEvent.selectOptions(screen.getByLabelText('Nätverk'), 'EFFEKNET');
    await userEvent.selectOptions(screen.getByLabelText('Vänort'), 'true');
    await userEvent.type(screen.getByLabelText('Kompetens'), 'water');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));

    await waitFor(() => expect(router.state.location.search).toBe('?country=FI&type=MUNICIPALITY&network=EFFEKNET&twinTown=true&expertise=water'));
    await waitFor(() => expect(listRequests(requests).at(-1)?.url.searchParams.get('network')).toBe('EFFEKNET'));
    const query = listRequests(requests).at(-1)!.url.searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ country: 'FI', type: 'MUNICIPALITY', network: 'EFFEKNET', twinTown: 'true', expertise: 'water' });
  });

  it('exports the register as CSV with the filters in force, fetched by the app (with the token) and saved as a file', async () => {
    const { requests } = scenario();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:export');
    // jsdom has no object URLs: a URL class that has them.
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderRoute(<PartnersListRoute />, { path, at: `${path}?q=water&network=UBC`, me: applicant });
    await screen.findByRole('link', { name: 'Turun kaupunki' });
    const button = screen.getByRole('button', { name: 'Exportera CSV' });
    expect(button).toHaveAccessibleDescription('Organisationerna som matchar sökningen och filtren, i importens kolumner.');
    await userEvent.click(button);

    await waitFor(() => expect(click).toHaveBeenCalled());
    const exported = requests.find((request) => request.url.pathname === '/api/v1/partners/export')!;
    expect(Object.fromEntries(exported.url.searchParams)).toEqual({ q: 'water', network: 'UBC' });
    expect(await createObjectURL.mock.calls[0][0].text()).toBe('legalName,country\n');
    expect(await screen.findByText('Exporten har laddats ned.')).toBeInTheDocument();
  });

  it('offers the import only to advisors and admins, and new organisations to all but auditors', async () => {
    scenario();
    const first = renderRoute(<PartnersListRoute />, { path, at: path, me: applicant });
    expect(await screen.findByRole('link', { name: 'Ny organisation' })).toHaveAttribute('href', '/partners/new');
    expect(screen.queryByRole('link', { name: 'Importera organisationer' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Nätverk och vänorter' })).toHaveAttribute('href', '/partners/networks');
    first.unmount();

    const second = renderRoute(<PartnersListRoute />, { path, at: path, me: meWith(['advisor']) });
    expect(await screen.findByRole('link', { name: 'Importera organisationer' })).toHaveAttribute('href', '/partners/import');
    second.unmount();

    renderRoute(<PartnersListRoute />, { path, at: path, me: meWith(['auditor']) });
    await screen.findByRole('link', { name: 'Turun kaupunki' });
    expect(screen.queryByRole('link', { name: 'Ny organisation' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Importera organisationer' })).toBeNull();
  });
});
