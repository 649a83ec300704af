import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { EXISTING_ID, PARTNER_ID, partner } from '../partner-fixture';
import { PartnerCreateRoute } from './partner-create-route';

const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);

function renderCreate() {
  return renderRoute(<PartnerCreateRoute />, { path: '/partners/new', at: '/partners/new', me: applicant });
}

async function fillRequired() {
  await userEvent.type(screen.getByLabelText(/^Juridiskt namn/), 'Turun kaupunki');
  await userEvent.selectOptions(screen.getByLabelText(/^Land/), 'FI');
  await userEvent.selectOptions(screen.getByLabelText(/^Typ av organisation/), 'MUNICIPALITY');
}

describe('registering an organisation', () => {
  it('sends lists and contact persons as the API wants them', async () => {
    const { requests } = mockFetch([{ method: 'POST', path: '/api/v1/partners', answer: () => json(partner(), { status: 201 }) }]);
    const { router } = renderCreate();
    await fillRequired();
    await userEvent.type(screen.getByLabelText(/^PIC/), '999 999 999');
    await userEvent.click(screen.getByLabelText(/^Kompetens/));
    await userEvent.paste('climate adaptation\nurban water, climate adaptation');
    await userEvent.click(screen.getByLabelText(/^Språk/));
    await userEvent.paste('FI, sv,en');
    await userEvent.type(screen.getByLabelText(/^Nätverk/), 'UBC');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Vänort till Södertälje' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    const contact = screen.getByRole('group', { name: 'Kontaktperson 1' });
    expect(within(contact).getByLabelText(/^Namn/)).toHaveFocus();
    await userEvent.type(within(contact).getByLabelText(/^Namn/), 'Anni Virtanen');
    await userEvent.click(within(contact).getByLabelText(/^E-post/));
    await userEvent.paste('anni.virtanen@turku.fi');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/partners/${PARTNER_ID}`));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      legalName: 'Turun kaupunki',
      country: 'FI',
      type: 'MUNICIPALITY',
      pic: '999999999',
      expertise: ['climate adaptation', 'urban water'],
      languages: ['fi', 'sv', 'en'],
      twinTown: true,
      networks: ['UBC'],
      contacts: [{ name: 'Anni Virtanen', email: 'anni.virtanen@turku.fi' }],
    });
  });

  it('refuses a duplicate PIC with a link to the organisation already registered', async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/partners',
        answer: () =>
          problem(409, {
            title: 'Conflict',
            code: 'PARTNER-001',
            detail: 'Turun kaupunki (FI) has the same PIC; it is already in the register',
            errors: [{ field: 'pic', message: 'is already registered for Turun kaupunki' }],
            existing: `/api/v1/partners/${EXISTING_ID}`,
          }),
      },
      { method: 'GET', path: `/api/v1/partners/${EXISTING_ID}`, answer: () => json(partner({ id: EXISTING_ID })) },
    ]);
    renderCreate();
    await fillRequired();
    await userEvent.type(screen.getByLabelText(/^PIC/), '999999999');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det finns redan en organisation med samma PIC i registret.');
    expect(await within(alert).findByRole('link', { name: 'Öppna Turun kaupunki' })).toHaveAttribute('href', `/partners/${EXISTING_ID}`);
    const pic = screen.getByLabelText(/^PIC/);
    expect(pic).toHaveAttribute('aria-invalid', 'true');
    expect(pic).toHaveAccessibleDescription(expect.stringContaining('Finns redan i registret.'));
    expect(pic).toHaveFocus();
  });

  it('names a near-identical name in the same country as the problem of the name', async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/partners',
        answer: () =>
          problem(409, {
            title: 'Conflict',
            code: 'PARTNER-003',
            errors: [{ field: 'legalName', message: 'is already registered for Turun kaupunki' }],
            existing: `/api/v1/partners/${EXISTING_ID}`,
          }),
      },
      { method: 'GET', path: `/api/v1/partners/${EXISTING_ID}`, answer: () => problem(404, { title: 'Not found' }) },
    ]);
    renderCreate();
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det finns redan en organisation med nästan samma namn i samma land i registret.');
    expect(within(alert).getByRole('link', { name: 'Öppna den registrerade organisationen' })).toHaveAttribute('href', `/partners/${EXISTING_ID}`);
    expect(screen.getByLabelText(/^Juridiskt namn/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for the required fields, also of a contact row, before sending anything', async () => {
    const { requests } = mockFetch([]);
    renderCreate();
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    expect(screen.getByLabelText(/^Juridiskt namn/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Land/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Typ av organisation/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('group', { name: 'Kontaktperson 1' })).getByLabelText(/^Namn/)).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort kontaktperson 1' }));
    expect(screen.queryByRole('group', { name: 'Kontaktperson 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lägg till kontaktperson' })).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  it("shows the server's errors of a contact row at that row", async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/partners',
        answer: () => problem(400, { title: 'Bad Request', code: 'VALIDATION', errors: [{ field: 'contacts[0].email', message: 'must be a well-formed email address' }] }),
      },
    ]);
    renderCreate();
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    const contact = screen.getByRole('group', { name: 'Kontaktperson 1' });
    await userEvent.type(within(contact).getByLabelText(/^Namn/), 'Anni');
    await userEvent.type(within(contact).getByLabelText(/^E-post/), 'anni');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    await waitFor(() => expect(within(contact).getByLabelText(/^E-post/)).toHaveAccessibleDescription('must be a well-formed email address'));
    expect(screen.getByRole('alert')).toHaveTextContent('Felen visas vid respektive fält.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('contacts[0]');
  });
});
