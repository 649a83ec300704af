import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import type { TwinTownView } from '@/lib/api/types';
import { TwinTownCreateRoute } from './twin-town-create-route';
import { TwinTownEditRoute } from './twin-town-edit-route';
import { TwinTownRoute } from './twin-town-route';

const ORG = '11111111-1111-1111-1111-111111111111';
const TOWN = '22222222-2222-2222-2222-222222222222';

const town = (over: Partial<TwinTownView> = {}): TwinTownView => ({
  id: TOWN,
  organisationId: ORG,
  organisationName: 'Kristiansand kommune',
  country: 'NO',
  city: 'Kristiansand',
  name: 'Kristiansand',
  agreementKind: 'TWIN_TOWN',
  signedOn: '1947-05-01',
  renewedOn: null,
  notes: null,
  contacts: [{ name: 'Kari Nordmann', role: 'Rådgiver', email: 'kari@kristiansand.kommune.no', phone: null }],
  agreement: null,
  activities: [],
  applications: [],
  version: 3,
  ...over,
});

const partnersPage = () =>
  json({ items: [{ id: ORG, legalName: 'Kristiansand kommune', city: 'Kristiansand', country: 'NO' }], page: 0, size: 20, total: 1 });

describe('recording a twin town', () => {
  it('sends the chosen organisation, the agreement and a contact person, then opens the twin town', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/partners', answer: partnersPage },
      { method: 'POST', path: '/api/v1/twin-towns', answer: (_, body) => json(town({ ...(body as object) }), { status: 201 }) },
    ]);
    const { router } = renderRoute(<TwinTownCreateRoute />, { path: '/twin-towns/new', at: '/twin-towns/new', me: meWith(['advisor']) });

    await userEvent.type(screen.getByLabelText(/^Sök organisation/), 'Kristiansand');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    const organisation = screen.getByLabelText(/^Organisation/);
    await waitFor(() => expect(within(organisation).getAllByRole('option')).toHaveLength(2));
    await userEvent.selectOptions(organisation, ORG);
    await userEvent.type(screen.getByLabelText(/^Vänort/), 'Kristiansand');
    await userEvent.selectOptions(screen.getByLabelText(/^Typ av avtal/), 'FRIENDSHIP');
    await userEvent.type(screen.getByLabelText(/^Undertecknat/), '1947-05-01');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    const contact = screen.getByRole('group', { name: 'Kontaktperson 1' });
    await userEvent.type(within(contact).getByLabelText(/^Namn/), 'Kari Nordmann');
    await userEvent.type(within(contact).getByLabelText(/^E-post/), 'kari@kristiansand.kommune.no');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/twin-towns/${TOWN}`));
    const sent = requests.find((request) => request.method === 'POST')?.body;
    expect(sent).toEqual({
      organisationId: ORG,
      name: 'Kristiansand',
      agreementKind: 'FRIENDSHIP',
      signedOn: '1947-05-01',
      renewedOn: null,
      notes: null,
      contacts: [{ name: 'Kari Nordmann', role: null, email: 'kari@kristiansand.kommune.no', phone: null }],
    });
  });

  it('asks for the organisation, the name and a contact person\'s name before sending anything', async () => {
    const { requests } = mockFetch([]);
    renderRoute(<TwinTownCreateRoute />, { path: '/twin-towns/new', at: '/twin-towns/new', me: meWith(['advisor']) });
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    expect(screen.getByLabelText(/^Organisation/)).toHaveAccessibleDescription(/Fältet måste fyllas i/);
    expect(screen.getByLabelText(/^Vänort/)).toHaveAccessibleDescription(/Fältet måste fyllas i/);
    const contact = screen.getByRole('group', { name: 'Kontaktperson 1' });
    expect(within(contact).getByLabelText(/^Namn/)).toHaveAccessibleDescription(/Fältet måste fyllas i/);
    expect(requests).toEqual([]);
  });

  it('says at the organisation that it is another twin town already (TWIN-001)', async () => {
    mockFetch([
      { method: 'GET', path: '/api/v1/partners', answer: partnersPage },
      {
        method: 'POST',
        path: '/api/v1/twin-towns',
        answer: () =>
          problem(409, { title: 'Conflict', code: 'TWIN-001', errors: [{ field: 'organisationId', message: 'is another twin town\'s organisation', code: 'TWIN-001' }] }),
      },
    ]);
    renderRoute(<TwinTownCreateRoute />, { path: '/twin-towns/new', at: '/twin-towns/new', me: meWith(['advisor']) });
    await userEvent.type(screen.getByLabelText(/^Sök organisation/), 'Kristiansand');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(within(screen.getByLabelText(/^Organisation/)).getAllByRole('option')).toHaveLength(2));
    await userEvent.selectOptions(screen.getByLabelText(/^Organisation/), ORG);
    await userEvent.type(screen.getByLabelText(/^Vänort/), 'Kristiansand');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    await waitFor(() => expect(screen.getByLabelText(/^Organisation/)).toHaveAttribute('aria-invalid', 'true'));
  });
});

describe('changing a twin town', () => {
  it('saves with If-Match, keeps the contact persons and drops a removed one', async () => {
    const { requests } = mockFetch([
      {
        method: 'GET',
        path: `/api/v1/twin-towns/${TOWN}`,
        answer: () =>
          json(town({ contacts: [...town().contacts, { name: 'Ola Hansen', role: null, email: null, phone: '+47 123' }] }), { headers: { ETag: '"3"' } }),
      },
      { method: 'PUT', path: `/api/v1/twin-towns/${TOWN}`, answer: (_, body) => json(town({ ...(body as object), version: 4 })) },
    ]);
    const { router } = renderRoute(<TwinTownEditRoute />, { path: '/twin-towns/:id/edit', at: `/twin-towns/${TOWN}/edit`, me: meWith(['advisor']) });

    const first = await screen.findByRole('group', { name: 'Kontaktperson 1' });
    expect(within(first).getByLabelText(/^Namn/)).toHaveValue('Kari Nordmann');
    await userEvent.type(screen.getByLabelText(/^Förnyat/), '2020-01-15');
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Kontaktperson 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/twin-towns/${TOWN}`));
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toMatchObject({
      renewedOn: '2020-01-15',
      contacts: [{ name: 'Kari Nordmann', role: 'Rådgiver', email: 'kari@kristiansand.kommune.no', phone: null }],
    });
  });

  it('says at the field that the renewal comes before the signing (TWIN-002)', async () => {
    mockFetch([
      { method: 'GET', path: `/api/v1/twin-towns/${TOWN}`, answer: () => json(town()) },
      {
        method: 'PUT',
        path: `/api/v1/twin-towns/${TOWN}`,
        answer: () => problem(400, { title: 'Bad Request', code: 'TWIN-002', errors: [{ field: 'renewedOn', message: 'must not be before signedOn', code: 'TWIN-002' }] }),
      },
    ]);
    renderRoute(<TwinTownEditRoute />, { path: '/twin-towns/:id/edit', at: `/twin-towns/${TOWN}/edit`, me: meWith(['advisor']) });
    await userEvent.type(await screen.findByLabelText(/^Förnyat/), '1900-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.getByLabelText(/^Förnyat/)).toHaveAttribute('aria-invalid', 'true'));
  });

  it('shows a change made meanwhile beside the user\'s and overwrites it with the new version (412)', async () => {
    const theirs = town({ version: 5, notes: 'Nytt avtal förhandlas' });
    const { requests } = mockFetch([
      { once: true, method: 'GET', path: `/api/v1/twin-towns/${TOWN}`, answer: () => json(town(), { headers: { ETag: '"3"' } }) },
      { method: 'GET', path: `/api/v1/twin-towns/${TOWN}`, answer: () => json(theirs, { headers: { ETag: '"5"' } }) },
      { once: true, method: 'PUT', path: `/api/v1/twin-towns/${TOWN}`, answer: () => problem(412, { title: 'Precondition Failed', detail: 'Stale version' }) },
      { method: 'PUT', path: `/api/v1/twin-towns/${TOWN}`, answer: (_, body) => json(town({ ...(body as object), version: 6 })) },
    ]);
    const { router } = renderRoute(<TwinTownEditRoute />, { path: '/twin-towns/:id/edit', at: `/twin-towns/${TOWN}/edit`, me: meWith(['advisor']) });
    await userEvent.type(await screen.findByLabelText(/^Förnyat/), '2020-01-15');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
    expect(screen.getByLabelText(/^Förnyat/)).toHaveValue('2020-01-15');
    expect(within(notice).getByRole('rowheader', { name: 'Anteckningar' }).closest('tr')).toHaveTextContent('Nytt avtal förhandlas');
    await userEvent.click(within(notice).getByRole('button', { name: 'Skriv över med mina ändringar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/twin-towns/${TOWN}`));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"3"', '"5"']);
    expect(puts[1].body).toMatchObject({ renewedOn: '2020-01-15' });
  });
});

describe('the agreement document on the twin town page', () => {
  it('is uploaded as the body with its name by an advisor', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/twin-towns/${TOWN}`, answer: () => json(town()) },
      {
        method: 'PUT',
        path: `/api/v1/twin-towns/${TOWN}/agreement`,
        answer: () => json({ fileName: 'avtal.pdf', mediaType: 'application/pdf', sizeBytes: 3, sha256: 'x', uploadedAt: '2026-12-07T10:00:00Z' }),
      },
    ]);
    renderRoute(<TwinTownRoute />, { path: '/twin-towns/:id', at: `/twin-towns/${TOWN}`, me: meWith(['advisor']) });
    await userEvent.upload(await screen.findByLabelText('Avtalsdokument'), new File(['%PDF'], 'avtal.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));

    expect(await screen.findByText('Avtalet avtal.pdf är sparat.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.url.searchParams.get('fileName')).toBe('avtal.pdf');
    expect(put?.headers.get('Content-Type')).toBe('application/octet-stream');
  });

  it('says at the file field that the file is too large (413)', async () => {
    mockFetch([
      { method: 'GET', path: `/api/v1/twin-towns/${TOWN}`, answer: () => json(town()) },
      { method: 'PUT', path: `/api/v1/twin-towns/${TOWN}/agreement`, answer: () => problem(413, { title: 'Too large', code: 'ATTACHMENT-001' }) },
    ]);
    renderRoute(<TwinTownRoute />, { path: '/twin-towns/:id', at: `/twin-towns/${TOWN}`, me: meWith(['advisor']) });
    await userEvent.upload(await screen.findByLabelText('Avtalsdokument'), new File(['x'], 'stor.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    await waitFor(() => expect(screen.getByLabelText('Avtalsdokument')).toHaveAccessibleDescription(/Filen är för stor\. Den får vara högst 20 MB\./));
  });

  it('offers neither the upload nor editing to an applicant', async () => {
    mockFetch([{ method: 'GET', path: `/api/v1/twin-towns/${TOWN}`, answer: () => json(town()) }]);
    renderRoute(<TwinTownRoute />, { path: '/twin-towns/:id', at: `/twin-towns/${TOWN}`, me: meWith(['applicant']) });
    expect(await screen.findByRole('heading', { name: 'Kristiansand' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Avtalsdokument')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
  });
});
