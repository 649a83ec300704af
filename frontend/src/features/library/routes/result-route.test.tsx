import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import type { ResultView } from '@/lib/api/types';
import { ResultRoute } from './result-route';

const result = (overrides: Partial<ResultView> = {}): ResultView => ({
  id: 'r-1', projectId: 'p-1', unitId: UTB_ID, unitName: 'Utbildningsförvaltningen', programmeId: null, programmeName: null,
  fund: 'ESF_PLUS', title: 'Föräldrautbildning i förskolan', acronym: 'FÖRSKOLA+', summary: null, topics: ['youth'],
  results: '312 föräldrar deltog.', evaluation: null, dissemination: 'Film och konferens.', lessonsWorked: 'Barnomsorg under tiden.',
  lessonsToAvoid: null, advice: 'Räkna med tolkkostnader.', internalParts: ['EVALUATION'], hiddenParts: ['EVALUATION'],
  euAmount: 1850000, partners: 2, periodStart: '2022-01-01', periodEnd: '2023-12-31', year: 2023,
  publishedAt: '2024-03-01T10:00:00Z', editable: false, version: 0, ...overrides,
});
const path = '/library/:id';
const at = '/library/r-1';

describe('a library entry', () => {
  it('tells another unit which parts are internal and shows neither them nor the visibility form', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/results/r-1', answer: () => json(result()) }]);
    renderRoute(<ResultRoute />, { path, at, me: meWith(['applicant'], []) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Föräldrautbildning i förskolan' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Utvärdering');
    expect(screen.queryByRole('heading', { name: /^Utvärdering/ })).toBeNull();
    expect(screen.getByRole('region', { name: 'Råd till nästa sökande' })).toHaveTextContent('Räkna med tolkkostnader.');
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
  });

  it('lets the unit mark parts internal with the version it read', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/results/r-1', answer: () => json(result({ hiddenParts: [], evaluation: 'Bra.', editable: true, version: 3 })) },
      { method: 'PUT', path: '/api/v1/results/r-1/visibility', answer: () => json(result({ hiddenParts: [], internalParts: ['EVALUATION', 'ADVICE'], editable: true, version: 4 })) },
    ]);
    renderRoute(<ResultRoute />, { path, at, me: meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]) });
    const form = await screen.findByRole('group', { name: 'Interna delar' });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Råd till nästa sökande' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ändringen har sparats.');
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({ internalParts: ['EVALUATION', 'ADVICE'] });
  });
});
