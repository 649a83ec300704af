import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, socUnit, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { UnitsListRoute } from './units-list-route';

const page = () =>
  json({
    items: [socUnit, { ...socUnit, id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }],
    page: 0,
    size: 20,
    total: 2,
  });

describe('unit list', () => {
  it('offers "new unit" to an admin', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/units', answer: page }]);
    renderRoute(<UnitsListRoute />, { path: '/units', at: '/units', me: meWith(['admin']) });
    await screen.findByRole('link', { name: 'Socialförvaltningen' });
    expect(screen.getByRole('link', { name: 'Ny enhet' })).toBeInTheDocument();
  });

  it('hides "new unit" from an applicant', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/units', answer: page }]);
    renderRoute(<UnitsListRoute />, { path: '/units', at: '/units', me: meWith(['applicant']) });
    await screen.findByRole('link', { name: 'Socialförvaltningen' });
    expect(screen.queryByRole('link', { name: 'Ny enhet' })).toBeNull();
  });

  it('sorts by a column header and tells which way', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/units', answer: page }]);
    renderRoute(<UnitsListRoute />, { path: '/units', at: '/units' });
    await screen.findByRole('link', { name: 'Socialförvaltningen' });
    expect(screen.getByRole('columnheader', { name: /^Namn/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(screen.getByRole('button', { name: /^Namn/ }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('sort')).toBe('-name'));
    expect(screen.getByRole('columnheader', { name: /^Namn/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: /^Kod/ }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('sort')).toBe('code'));
  });

  it('sends search and filters to the API', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/units', answer: page }]);
    renderRoute(<UnitsListRoute />, { path: '/units', at: '/units' });
    await screen.findByRole('link', { name: 'Socialförvaltningen' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sök' }), 'social');
    await userEvent.selectOptions(screen.getByLabelText('Typ'), 'TELGE_COMPANY');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('q')).toBe('social'));
    const query = requests.at(-1)!.url.searchParams;
    expect(query.get('type')).toBe('TELGE_COMPANY');
    expect(query.get('active')).toBe('true');
    expect(query.get('page')).toBe('0');
  });
});
