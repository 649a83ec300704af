import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, SOC_ID, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ScreeningRateRoute } from './screening-rate-route';

const rate = (year: number) =>
  json({
    year,
    units: [
      { unitId: SOC_ID, unitCode: 'SOC', unitName: 'Socialförvaltningen', ideas: 3, screened: 2, ratePercent: 66.7 },
      { unitId: UTB_ID, unitCode: 'UTB', unitName: 'Utbildningsförvaltningen', ideas: 0, screened: 0, ratePercent: null },
    ],
    total: { ideas: 3, screened: 2, ratePercent: 66.7 },
  });

describe('screening rate', () => {
  it('shows the rates the server computed, per unit and in total, for the chosen year', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/ideas/screening-rate', answer: (request) => rate(Number(new URL(request.url).searchParams.get('year'))) },
    ]);
    renderRoute(<ScreeningRateRoute />, { path: '/screening-rate', at: '/screening-rate?year=2026', me: meWith(['auditor']) });
    const table = await screen.findByRole('table', { name: 'Screenade projektidéer per enhet 2026' });
    const soc = within(table).getByRole('rowheader', { name: 'Socialförvaltningen' }).closest('tr')!;
    expect(soc).toHaveTextContent(/SOC.*32\s*66,7\s%/);
    expect(within(table).getByRole('rowheader', { name: 'Utbildningsförvaltningen' }).closest('tr')).toHaveTextContent(/00–$/);
    expect(within(table).getByRole('rowheader', { name: 'Totalt' }).closest('tr')).toHaveTextContent(/32\s*66,7\s%/);
    expect(requests[0].url.searchParams.get('year')).toBe('2026');

    const years = screen.getByLabelText('År');
    const previous = within(years).getAllByRole('option')[1].getAttribute('value')!;
    await userEvent.selectOptions(years, previous);
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('year')).toBe(previous));
  });
});
