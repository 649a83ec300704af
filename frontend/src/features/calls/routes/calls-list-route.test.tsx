import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { call, meWith, programme } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CallsListRoute } from './calls-list-route';

function scenario() {
  return mockFetch([
    { method: 'GET', path: '/api/v1/programmes', answer: () => json({ items: [programme()], page: 0, size: 200, total: 1 }) },
    { method: 'GET', path: '/api/v1/calls', answer: () => json({ items: [call()], page: 0, size: 20, total: 1 }) },
  ]);
}

describe('call list', () => {
  it('lists by deadline, with the deadline in the call zone and the days left', async () => {
    const { requests } = scenario();
    renderRoute(<CallsListRoute />, { path: '/calls', at: '/calls', me: meWith(['applicant']) });
    const row = (await screen.findByRole('link', { name: 'Unga i arbete' })).closest('tr')!;
    expect(within(row).getByText(/5 mars 2026.*17:00/)).toHaveAttribute('datetime', '2026-03-05T17:00:00+01:00');
    expect(requests.find((request) => request.url.pathname === '/api/v1/calls')?.url.searchParams.get('sort')).toBe('closesAt');
    expect(screen.getByRole('columnheader', { name: /^Sista ansökningsdag/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.queryByRole('link', { name: 'Ny utlysning' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Importera utlysningar' })).toBeNull();
  });

  it('searches in full text with filters, and toggles "closing soon"', async () => {
    const { requests } = scenario();
    renderRoute(<CallsListRoute />, { path: '/calls', at: '/calls', me: meWith(['advisor']) });
    await screen.findByRole('link', { name: 'Unga i arbete' });
    expect(screen.getByRole('link', { name: 'Importera utlysningar' })).toHaveAttribute('href', '/calls/import');
    await screen.findByRole('option', { name: programme().name });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sök' }), 'ungdomar arbete');
    await userEvent.selectOptions(screen.getByLabelText('Fond'), 'ESF_PLUS');
    await userEvent.selectOptions(screen.getByLabelText('Program'), programme().id);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'OPEN');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('q')).toBe('ungdomar arbete'));
    let query = requests.at(-1)!.url.searchParams;
    expect([query.get('fund'), query.get('programmeId'), query.get('status'), query.get('closingWithinDays')]).toEqual(['ESF_PLUS', programme().id, 'OPEN', null]);

    const toggle = screen.getByRole('button', { name: /Stänger snart/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('closingWithinDays')).toBe('30'));
    query = requests.at(-1)!.url.searchParams;
    expect(query.get('q')).toBe('ungdomar arbete');
    expect(query.get('sort')).toBe('closesAt');
    expect(screen.getByRole('button', { name: /Stänger snart/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('1 utlysning stänger inom 30 dagar')).toBeInTheDocument();
  });
});
