import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, socUnit, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { SEARCH_ID, search } from '../search-fixture';
import { PartnerSearchesListRoute } from './partner-searches-list-route';

const utb = { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' };

function scenario() {
  return mockFetch([
    { method: 'GET', path: '/api/v1/units', answer: () => json({ items: [socUnit], page: 0, size: 200, total: 1 }) },
    { method: 'GET', path: '/api/v1/partner-searches', answer: () => json({ items: [search()], page: 0, size: 20, total: 1 }) },
  ]);
}

describe('partner search list', () => {
  it("lists the unit's searches and filters them by status, kept in the address", async () => {
    const { requests } = scenario();
    const { router } = renderRoute(<PartnerSearchesListRoute />, { path: '/partner-searches', at: '/partner-searches', me: meWith(['applicant'], [utb]) });
    const row = (await screen.findByRole('link', { name: 'Partner till Gröna skolgårdar' })).closest('tr')!;
    expect(screen.getByRole('link', { name: 'Partner till Gröna skolgårdar' })).toHaveAttribute('href', `/partner-searches/${SEARCH_ID}`);
    expect(row).toHaveTextContent('UTB');
    expect(row).toHaveTextContent('ERDF-2026-KLIMAT');
    expect(row).toHaveTextContent('Öppen');
    expect(row).toHaveTextContent('31 mars 2026');
    expect(screen.getByRole('link', { name: 'Ny partnersökning' })).toHaveAttribute('href', '/partner-searches/new');
    // Their own units only, whatever the unit list holds.
    expect(screen.getByRole('option', { name: 'Utbildningsförvaltningen (UTB)' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Socialförvaltningen (SOC)' })).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'CLOSED');
    await userEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=CLOSED'));
    await waitFor(() => expect(requests.filter((request) => request.url.pathname === '/api/v1/partner-searches').at(-1)?.url.searchParams.get('status')).toBe('CLOSED'));
  });

  it('offers an auditor no new search', async () => {
    scenario();
    renderRoute(<PartnerSearchesListRoute />, { path: '/partner-searches', at: '/partner-searches', me: meWith(['auditor']) });
    await screen.findByRole('link', { name: 'Partner till Gröna skolgårdar' });
    expect(screen.queryByRole('link', { name: 'Ny partnersökning' })).toBeNull();
    expect(await screen.findByRole('option', { name: 'Socialförvaltningen (SOC)' })).toBeInTheDocument();
  });
});
