import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { page, rate } from '../rate-fixture';
import { ExchangeRatesListRoute } from './exchange-rates-list-route';

const rates = [rate(), rate({ month: '2026-10', unitsPerEur: 11.2365, source: null, updatedByName: null })];

function renderList(roles: string[], at = '/exchange-rates') {
  return renderRoute(<ExchangeRatesListRoute />, { path: '/exchange-rates', at, me: meWith(roles) });
}

describe('the exchange rates page', () => {
  it('shows an applicant the rates by month, read only', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/exchange-rates', answer: () => json(page(rates)) }]);
    renderList(['applicant']);

    const table = await screen.findByRole('table', { name: 'Valutakurser per månad och valuta' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('november 2026');
    expect(rows[1]).toHaveTextContent('11,4830');
    expect(rows[1]).toHaveTextContent('Ada Ahlström');
    expect(rows[2]).toHaveTextContent('oktober 2026');
    expect(rows[2]).toHaveTextContent('11,2365');
    expect(within(table).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Registrera kurs' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Importera kurser' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Exportera CSV' })).toBeInTheDocument();
    expect(requests[0].url.searchParams.get('sort')).toBe('-month');
  });

  it('gives an advisor the ways to record, import and change rates', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/exchange-rates', answer: () => json(page(rates)) }]);
    renderList(['advisor']);

    expect(await screen.findByRole('link', { name: 'Redigera kursen för SEK november 2026' })).toHaveAttribute('href', '/exchange-rates/SEK/2026-11');
    expect(screen.getByRole('link', { name: 'Registrera kurs' })).toHaveAttribute('href', '/exchange-rates/new');
    expect(screen.getByRole('link', { name: 'Importera kurser' })).toHaveAttribute('href', '/exchange-rates/import');
  });

  it('filters by currency and months', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/exchange-rates', answer: () => json(page(rates)) }]);
    const { router } = renderList(['auditor']);
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Valuta'), 'sek');
    await userEvent.type(screen.getByLabelText(/^Från månad/), '2026-01');
    await userEvent.click(within(screen.getByRole('search')).getByRole('button', { name: 'Sök' }));

    expect(router.state.location.search).toBe('?currency=SEK&fromMonth=2026-01');
    await screen.findByRole('table');
    const last = requests[requests.length - 1].url.searchParams;
    expect([last.get('currency'), last.get('fromMonth'), last.get('toMonth')]).toEqual(['SEK', '2026-01', null]);
  });
});
