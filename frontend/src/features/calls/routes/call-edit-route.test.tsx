import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CALL_ID, call, meWith, programme } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CallEditRoute } from './call-edit-route';

const path = '/calls/:id/edit';
const at = `/calls/${CALL_ID}/edit`;

function scenario(maxPartners: number | null) {
  return mockFetch([
    { method: 'GET', path: '/api/v1/programmes', answer: () => json({ items: [programme()], page: 0, size: 200, total: 1 }) },
    { method: 'GET', path: `/api/v1/calls/${CALL_ID}`, answer: () => json(call({ maxPartners })) },
    { method: 'PUT', path: `/api/v1/calls/${CALL_ID}`, answer: (_request, body) => json({ ...call(), ...(body as object), version: 2 }) },
  ]);
}

const sent = (requests: ReturnType<typeof scenario>['requests']) => requests.find((request) => request.method === 'PUT');

describe('editing a call', () => {
  it("keeps the call's maximum number of partners when something else is changed", async () => {
    const { requests } = scenario(4);
    renderRoute(<CallEditRoute />, { path, at, me: meWith(['advisor']) });
    const maxPartners = await screen.findByLabelText(/^Max antal partner/);
    expect(maxPartners).toHaveValue(4);
    expect(maxPartners).toHaveAccessibleDescription('Huvudpartnern inräknad. Lämna tomt om utlysningen inte har något tak.');
    await userEvent.clear(screen.getByLabelText(/^Titel/));
    await userEvent.type(screen.getByLabelText(/^Titel/), 'Unga i arbete 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(sent(requests)).toBeDefined());
    expect(sent(requests)?.body).toMatchObject({ title: 'Unga i arbete 2026', maxPartners: 4 });
    expect(sent(requests)?.headers.get('If-Match')).toBe('"1"');
  });

  it('sends a new maximum, and none once it is emptied', async () => {
    const { requests } = scenario(null);
    renderRoute(<CallEditRoute />, { path, at, me: meWith(['advisor']) });
    const maxPartners = await screen.findByLabelText(/^Max antal partner/);
    expect(maxPartners).toHaveValue(null);
    await userEvent.type(maxPartners, '6');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(sent(requests)?.body).toMatchObject({ maxPartners: 6 }));
  });

  it('leaves the maximum out when the field is empty, so the call has no cap', async () => {
    const { requests } = scenario(3);
    renderRoute(<CallEditRoute />, { path, at, me: meWith(['advisor']) });
    await userEvent.clear(await screen.findByLabelText(/^Max antal partner/));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(sent(requests)).toBeDefined());
    expect(sent(requests)?.body).not.toHaveProperty('maxPartners');
  });
});
