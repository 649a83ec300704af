import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { rate } from '../rate-fixture';
import { RateEditRoute } from './rate-edit-route';

const path = '/exchange-rates/:currency/:month';
const at = '/exchange-rates/SEK/2026-11';
const url = '/api/v1/exchange-rates/SEK/2026-11';
const theirs = rate({ version: 2, unitsPerEur: 11.5012, source: 'InforEuro, rättad' });

describe('changing a month rate', () => {
  it('keeps the user input after a 412, shows the stored rate and overwrites with the new version', async () => {
    const { requests } = mockFetch([
      { once: true, method: 'GET', path: url, answer: () => json(rate()) },
      { method: 'GET', path: url, answer: () => json(theirs) },
      { once: true, method: 'PUT', path: url, answer: () => problem(412, { title: 'Precondition failed', code: 'STALE_VERSION' }) },
      { method: 'PUT', path: url, answer: (_, body) => json({ ...theirs, ...(body as object), version: 3 }) },
    ]);
    const { router } = renderRoute(<RateEditRoute />, { path, at, me: meWith(['advisor']) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kursen för SEK november 2026' })).toBeInTheDocument();
    const units = screen.getByLabelText(/^SEK per euro/);
    expect(screen.queryByLabelText(/^Valuta/)).toBeNull();
    await userEvent.clear(units);
    await userEvent.type(units, '11,4901');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
    expect(units).toHaveValue('11,4901');
    const row = (name: string) => within(notice).getByRole('rowheader', { name }).closest('tr');
    expect(row('Enheter per euro')).toHaveTextContent(/11,490111,5012$/);
    expect(row('Källa')).toHaveTextContent(/InforEuroInforEuro, rättad$/);

    await userEvent.click(screen.getByRole('button', { name: 'Skriv över med mina ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange-rates'));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
    expect(puts[1].body).toEqual({ unitsPerEur: 11.4901, source: 'InforEuro' });
  });

  it('shows the server rule in Swedish at its field', async () => {
    mockFetch([
      { method: 'GET', path: url, answer: () => json(rate()) },
      {
        method: 'PUT',
        path: url,
        answer: () =>
          problem(400, { code: 'VALIDATION', errors: [{ field: 'unitsPerEur', message: 'must have at most 6 decimals', code: 'RATE-006', params: { decimals: 6, digits: 8 } }] }),
      },
    ]);
    renderRoute(<RateEditRoute />, { path, at, me: meWith(['admin']) });
    const units = await screen.findByLabelText(/^SEK per euro/);
    await userEvent.clear(units);
    await userEvent.type(units, '11,48300001');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Kursen får ha högst 6 decimaler och 8 siffror före decimaltecknet.')).toBeInTheDocument();
    expect(units).toHaveAttribute('aria-invalid', 'true');
  });

  it('deletes the rate against its version and returns to the list', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: url, answer: () => json(rate({ version: 4 })) },
      { method: 'DELETE', path: url, answer: () => new Response(null, { status: 204 }) },
    ]);
    const { router } = renderRoute(<RateEditRoute />, { path, at, me: meWith(['advisor']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort kursen för SEK november 2026?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange-rates'));
    expect(requests.find((request) => request.method === 'DELETE')?.headers.get('If-Match')).toBe('"4"');
  });
});
