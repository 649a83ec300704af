import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contact, CONTACT_ID, SOC_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ContactEditRoute } from './contact-edit-route';

const path = '/contacts/:id/edit';
const at = `/contacts/${CONTACT_ID}/edit`;
const unitsPage = () =>
  json({
    items: [{ id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 }],
    page: 0,
    size: 200,
    total: 1,
  });
const theirs = contact({ version: 2, title: 'Enhetschef', phone: '08-123 456' });

function conflictScenario(afterConflict: 'ok' | 'none' = 'ok') {
  return mockFetch([
    { method: 'GET', path: '/api/v1/units', answer: unitsPage },
    { once: true, method: 'GET', path: `/api/v1/contact-persons/${CONTACT_ID}`, answer: () => json(contact(), { headers: { ETag: '"1"' } }) },
    { method: 'GET', path: `/api/v1/contact-persons/${CONTACT_ID}`, answer: () => json(theirs, { headers: { ETag: '"2"' } }) },
    {
      once: true,
      method: 'PUT',
      path: `/api/v1/contact-persons/${CONTACT_ID}`,
      answer: () => problem(412, { title: 'Precondition Failed', detail: 'Stale version' }),
    },
    ...(afterConflict === 'ok'
      ? [{ method: 'PUT', path: `/api/v1/contact-persons/${CONTACT_ID}`, answer: (_: Request, body: unknown) => json({ ...theirs, ...(body as object), version: 3 }) }]
      : []),
  ]);
}

async function editNameAndSave() {
  const name = await screen.findByLabelText(/^Namn/);
  await userEvent.clear(name);
  await userEvent.type(name, 'Sara Lind');
  await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
}

describe('editing a contact person someone else changed meanwhile', () => {
  it('keeps the user input and shows the stored values', async () => {
    conflictScenario();
    renderRoute(<ContactEditRoute />, { path, at });
    await editNameAndSave();

    const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
    expect(screen.getByLabelText(/^Namn/)).toHaveValue('Sara Lind');
    const rows = within(notice).getAllByRole('row');
    const nameRow = rows.find((row) => within(row).queryByRole('rowheader', { name: 'Namn' }));
    expect(nameRow).toHaveTextContent('Sara Lind');
    expect(nameRow).toHaveTextContent('Sara Samordnare');
    expect(within(notice).getByRole('rowheader', { name: 'Titel' }).closest('tr')).toHaveTextContent('Enhetschef');
  });

  it('overwrites with the user input and the new version', async () => {
    const { requests } = conflictScenario();
    const { router } = renderRoute(<ContactEditRoute />, { path, at });
    await editNameAndSave();
    await userEvent.click(await screen.findByRole('button', { name: 'Skriv över med mina ändringar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${CONTACT_ID}`));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
    expect((puts[1].body as { name: string }).name).toBe('Sara Lind');
  });

  it('discards the user input and loads the stored version', async () => {
    const { requests } = conflictScenario('none');
    renderRoute(<ContactEditRoute />, { path, at });
    await editNameAndSave();
    await userEvent.click(await screen.findByRole('button', { name: 'Kasta mina ändringar och läs in deras' }));

    expect(screen.getByLabelText(/^Namn/)).toHaveValue('Sara Samordnare');
    expect(screen.getByLabelText(/^Titel/)).toHaveValue('Enhetschef');
    expect(screen.queryByRole('region', { name: 'Någon annan har ändrat uppgifterna' })).toBeNull();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });
});
