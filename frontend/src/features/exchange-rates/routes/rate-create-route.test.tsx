import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { rate } from '../rate-fixture';
import { RateCreateRoute } from './rate-create-route';

function renderCreate() {
  return renderRoute(<RateCreateRoute />, { path: '/exchange-rates/new', at: '/exchange-rates/new', me: meWith(['advisor']) });
}

async function fill(currency: string, month: string, units: string) {
  const currencyField = screen.getByLabelText(/^Valuta/);
  await userEvent.clear(currencyField);
  await userEvent.type(currencyField, currency);
  const monthField = screen.getByLabelText(/^Månad/);
  await userEvent.clear(monthField);
  await userEvent.type(monthField, month);
  await userEvent.type(screen.getByLabelText(/per euro/), units);
  await userEvent.click(screen.getByRole('button', { name: 'Registrera' }));
}

describe('recording a new month rate', () => {
  it('sends the rate without If-Match and returns to the list', async () => {
    const { requests } = mockFetch([
      { method: 'PUT', path: '/api/v1/exchange-rates/NOK/2026-10', answer: () => json(rate({ currency: 'NOK', month: '2026-10', version: 0 }), { status: 201 }) },
    ]);
    const { router } = renderCreate();
    await fill('nok', '2026-10', '11,7320');

    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange-rates'));
    expect(requests[0].headers.get('If-Match')).toBeNull();
    expect(requests[0].body).toEqual({ unitsPerEur: 11.732, source: null });
  });

  it('points to the recorded rate when the month already has one (428)', async () => {
    mockFetch([
      { method: 'PUT', path: '/api/v1/exchange-rates/SEK/2026-09', answer: () => problem(428, { code: 'IF_MATCH_REQUIRED' }) },
    ]);
    renderCreate();
    await fill('SEK', '2026-09', '11,2');

    expect(await screen.findByText('Kursen för SEK september 2026 är redan registrerad.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ändra den registrerade kursen' })).toHaveAttribute('href', '/exchange-rates/SEK/2026-09');
  });

  it('refuses a month too far ahead with the rule in Swedish', async () => {
    mockFetch([
      {
        method: 'PUT',
        path: '/api/v1/exchange-rates/SEK/2030-01',
        answer: () => problem(400, { code: 'VALIDATION', errors: [{ field: 'month', message: 'must be between 1999-01 and 2026-12', code: 'RATE-004', params: { earliest: '1999-01', latest: '2026-12' } }] }),
      },
    ]);
    renderCreate();
    await fill('SEK', '2030-01', '11,2');

    expect(await screen.findByText('Månaden får vara från 1999-01 till och med 2026-12 (nästa månad).')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Månad/)).toHaveAttribute('aria-invalid', 'true');
  });
});
