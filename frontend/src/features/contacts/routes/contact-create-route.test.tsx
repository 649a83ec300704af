import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contact, meWith, SOC_ID, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ContactCreateRoute } from './contact-create-route';

const unitsPage = json({
  items: [
    { id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 },
    { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 },
  ],
  page: 0,
  size: 200,
  total: 2,
});

async function fillValidForm() {
  await userEvent.type(screen.getByLabelText(/^Namn/), 'Sara Samordnare');
  await userEvent.type(screen.getByLabelText(/^E-post/), 'sara@example.org');
}

describe('creating a contact person', () => {
  it('shows a field error from the server at its field', async () => {
    mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: () => unitsPage.clone() },
      {
        method: 'POST',
        path: '/api/v1/contact-persons',
        answer: () =>
          problem(400, { title: 'Bad Request', code: 'VALIDATION', errors: [{ field: 'email', message: 'E-postadressen används redan.' }] }),
      },
    ]);
    renderRoute(<ContactCreateRoute />, { path: '/contacts/new', at: `/contacts/new?unitId=${SOC_ID}&role=INTERNATIONAL_COORDINATOR` });
    await screen.findByRole('option', { name: 'Utbildningsförvaltningen (UTB)' });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    const email = screen.getByLabelText(/^E-post/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('E-postadressen används redan.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/^Namn/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Felen visas vid respektive fält.');
  });

  it('prefills unit and role from the address and sends the request', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: () => unitsPage.clone() },
      { method: 'POST', path: '/api/v1/contact-persons', answer: () => json(contact({ id: 'new-id' }), { status: 201 }) },
    ]);
    const { router } = renderRoute(<ContactCreateRoute />, {
      path: '/contacts/new',
      at: `/contacts/new?unitId=${SOC_ID}&role=INTERNATIONAL_COORDINATOR`,
    });
    await screen.findByRole('option', { name: 'Socialförvaltningen (SOC)' });
    expect(screen.getByLabelText(/^Enhet/)).toHaveValue(SOC_ID);
    expect(screen.getByRole('checkbox', { name: 'Samordnare för internationella frågor' })).toBeChecked();
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts/new-id'));
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      unitId: SOC_ID,
      name: 'Sara Samordnare',
      email: 'sara@example.org',
      roles: ['INTERNATIONAL_COORDINATOR'],
    });
  });

  it('asks for at least one role before sending anything', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/units', answer: () => unitsPage.clone() }]);
    renderRoute(<ContactCreateRoute />, { path: '/contacts/new', at: `/contacts/new?unitId=${SOC_ID}` });
    await screen.findByRole('option', { name: 'Socialförvaltningen (SOC)' });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    const roles = screen.getByRole('group', { name: /^Roller/ });
    expect(roles).toHaveAccessibleDescription('Välj minst en roll.');
    expect(screen.getByRole('alert')).toHaveTextContent('Uppgifterna kunde inte sparas.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('offers a coordinator only their own units', async () => {
    const me = meWith(['coordinator', 'applicant'], [{ id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen' }]);
    mockFetch([{ method: 'GET', path: '/api/v1/units', answer: () => unitsPage.clone() }]);
    renderRoute(<ContactCreateRoute />, { path: '/contacts/new', at: '/contacts/new', me });
    const unit = screen.getByLabelText(/^Enhet/);
    expect(unit).toHaveValue(SOC_ID);
    expect(screen.queryByRole('option', { name: /Utbildningsförvaltningen/ })).toBeNull();
  });
});
