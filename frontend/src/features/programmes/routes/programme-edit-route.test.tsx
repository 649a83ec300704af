import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { esfRules, meWith, programme, PROGRAMME_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ProgrammeEditRoute } from './programme-edit-route';

const path = '/programmes/:id/edit';
const at = `/programmes/${PROGRAMME_ID}/edit`;
const theirs = programme({ version: 2, rules: { ...esfRules, maxCoFinancingPercent: 50 } });

describe('editing a programme someone else changed meanwhile', () => {
  it('keeps the user input, shows the stored rule values and overwrites with the new version', async () => {
    const { requests } = mockFetch([
      { once: true, method: 'GET', path: `/api/v1/programmes/${PROGRAMME_ID}`, answer: () => json(programme()) },
      { method: 'GET', path: `/api/v1/programmes/${PROGRAMME_ID}`, answer: () => json(theirs) },
      { once: true, method: 'PUT', path: `/api/v1/programmes/${PROGRAMME_ID}`, answer: () => problem(412, { title: 'Precondition Failed' }) },
      { method: 'PUT', path: `/api/v1/programmes/${PROGRAMME_ID}`, answer: (_, body) => json({ ...theirs, ...(body as object), version: 3 }) },
    ]);
    const { router } = renderRoute(<ProgrammeEditRoute />, { path, at, me: meWith(['advisor']) });
    const retention = await screen.findByLabelText(/^Arkivering av underlag/);
    await userEvent.clear(retention);
    await userEvent.type(retention, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
    expect(retention).toHaveValue(7);
    const row = (name: RegExp) => within(notice).getByRole('rowheader', { name }).closest('tr');
    expect(row(/^Arkivering av underlag/)).toHaveTextContent(/75$/);
    expect(row(/^Högsta EU-medfinansiering/)).toHaveTextContent(/6050$/);

    await userEvent.click(screen.getByRole('button', { name: 'Skriv över med mina ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/programmes/${PROGRAMME_ID}`));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
    expect((puts[1].body as { rules: { retentionYears: number } }).rules.retentionYears).toBe(7);
  });
});
