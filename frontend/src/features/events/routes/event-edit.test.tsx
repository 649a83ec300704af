import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, SOC_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import type { EventView } from '../api/events';
import { EventDetailRoute } from './event-detail-route';
import { EventEditRoute } from './event-edit-route';

const EVENT = '44444444-4444-4444-4444-444444444444';
const units = () =>
  json({ items: [{ id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 }], page: 0, size: 200, total: 1 });
const event = (over: Partial<EventView> = {}): EventView => ({
  id: EVENT,
  title: 'EU-grunder för projektledare',
  kind: 'TRAINING',
  startsAt: '2027-03-10T09:00:00',
  endsAt: '2027-03-10T12:00:00',
  timeZone: 'Europe/Stockholm',
  place: 'Stadshuset, sal 3',
  link: null,
  audience: 'NETWORK',
  audienceUnits: [],
  organiser: 'Internationella kontoret',
  description: null,
  capacity: 20,
  registered: 0,
  waiting: 0,
  seatsLeft: 20,
  myStatus: null,
  myPosition: null,
  materials: [],
  createdBy: { subject: 'ada', name: 'Ada Ahlström' },
  version: 2,
  ...over,
});

describe('changing an event', () => {
  it('shows the stored values and saves the change with If-Match', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event()) },
      { method: 'PUT', path: `/api/v1/events/${EVENT}`, answer: (_, body) => json(event({ ...(body as object), version: 3 })) },
    ]);
    const { router } = renderRoute(<EventEditRoute />, { path: '/events/:id/edit', at: `/events/${EVENT}/edit`, me: meWith(['advisor']) });
    const start = await screen.findByLabelText(/^Börjar/);
    expect(start).toHaveValue('2027-03-10T09:00');
    expect(screen.getByLabelText(/^Plats/)).toHaveValue('Stadshuset, sal 3');
    const capacity = screen.getByLabelText(/^Antal platser/);
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/events/${EVENT}`));
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(put?.body).toMatchObject({ title: 'EU-grunder för projektledare', startsAt: '2027-03-10T09:00:00', endsAt: '2027-03-10T12:00:00', capacity: 30, audience: 'NETWORK' });
  });

  it('shows a change made meanwhile beside the user\'s and overwrites it with the new version (412)', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { once: true, method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event()) },
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event({ version: 4, place: 'Stadshuset, sal 5' })) },
      { once: true, method: 'PUT', path: `/api/v1/events/${EVENT}`, answer: () => problem(412, { title: 'Precondition Failed', detail: 'Stale version' }) },
      { method: 'PUT', path: `/api/v1/events/${EVENT}`, answer: (_, body) => json(event({ ...(body as object), version: 5 })) },
    ]);
    const { router } = renderRoute(<EventEditRoute />, { path: '/events/:id/edit', at: `/events/${EVENT}/edit`, me: meWith(['advisor']) });
    const capacity = await screen.findByLabelText(/^Antal platser/);
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
    expect(within(notice).getByRole('rowheader', { name: 'Plats' }).closest('tr')).toHaveTextContent('Stadshuset, sal 5');
    expect(screen.getByLabelText(/^Antal platser/)).toHaveValue(30);
    await userEvent.click(within(notice).getByRole('button', { name: 'Skriv över med mina ändringar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/events/${EVENT}`));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"2"', '"4"']);
    expect(puts[1].body).toMatchObject({ capacity: 30 });
  });

  it('is not deleted while people are registered, and says so (EVENT-005)', async () => {
    mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event({ registered: 3 })) },
      { method: 'DELETE', path: `/api/v1/events/${EVENT}`, answer: () => problem(409, { title: 'Conflict', code: 'EVENT-005' }) },
    ]);
    const { router } = renderRoute(<EventEditRoute />, { path: '/events/:id/edit', at: `/events/${EVENT}/edit`, me: meWith(['advisor']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByText(/Det finns anmälningar; avboka dem först\./)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/events/${EVENT}/edit`);
  });

  it('is deleted and the list says so', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: units },
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event()) },
      { method: 'DELETE', path: `/api/v1/events/${EVENT}`, answer: () => new Response(null, { status: 204 }) },
    ]);
    const { router } = renderRoute(<EventEditRoute />, { path: '/events/:id/edit', at: `/events/${EVENT}/edit`, me: meWith(['admin']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/events'));
    expect(requests.find((request) => request.method === 'DELETE')?.headers.get('If-Match')).toBe('"2"');
  });
});

describe('materials on the event page', () => {
  it('are uploaded by an advisor as the file itself and listed', async () => {
    let uploaded = false;
    const material = { id: 'm1', fileName: 'dagordning.pdf', mediaType: 'application/pdf', sizeBytes: 4, sha256: 'x', uploadedBy: { subject: 'ada', name: 'Ada' }, uploadedAt: '2026-12-07T10:00:00Z' };
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event({ materials: uploaded ? [material] : [] })) },
      { method: 'GET', path: `/api/v1/events/${EVENT}/registrations`, answer: () => json([]) },
      {
        method: 'POST',
        path: `/api/v1/events/${EVENT}/materials`,
        answer: () => {
          uploaded = true;
          return json(material, { status: 201 });
        },
      },
    ]);
    renderRoute(<EventDetailRoute />, { path: '/events/:id', at: `/events/${EVENT}`, me: meWith(['advisor']) });
    expect(await screen.findByText('Inget material ännu.')).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Fil med material'), new File(['%PDF'], 'dagordning.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));

    expect(await screen.findByRole('button', { name: 'dagordning.pdf' })).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.url.searchParams.get('fileName')).toBe('dagordning.pdf');
    expect(post?.headers.get('Content-Type')).toBe('application/octet-stream');
  });

  it('are downloaded by a participant, who can neither upload nor edit', async () => {
    const material = { id: 'm1', fileName: 'bilder.pdf', mediaType: 'application/pdf', sizeBytes: 4, sha256: 'x', uploadedBy: { subject: 'ada', name: 'Ada' }, uploadedAt: '2026-12-07T10:00:00Z' };
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event({ materials: [material] })) },
      { method: 'GET', path: `/api/v1/events/${EVENT}/materials/m1`, answer: () => new Response('%PDF', { headers: { 'Content-Type': 'application/octet-stream' } }) },
    ]);
    renderRoute(<EventDetailRoute />, { path: '/events/:id', at: `/events/${EVENT}`, me: meWith(['applicant']) });
    await userEvent.click(await screen.findByRole('button', { name: 'bilder.pdf' }));
    await waitFor(() => expect(requests.some((request) => request.url.pathname === `/api/v1/events/${EVENT}/materials/m1`)).toBe(true));
    expect(screen.queryByLabelText('Fil med material')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
  });
});

describe('reminding the participants', () => {
  it('sends the organiser\'s reminder and says to how many', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/events/${EVENT}`, answer: () => json(event({ registered: 2 })) },
      { method: 'GET', path: `/api/v1/events/${EVENT}/registrations`, answer: () => json([]) },
      { method: 'POST', path: `/api/v1/events/${EVENT}/reminders`, answer: () => json({ recipients: 2 }) },
    ]);
    renderRoute(<EventDetailRoute />, { path: '/events/:id', at: `/events/${EVENT}`, me: meWith(['advisor']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Skicka påminnelse till de anmälda' }));
    expect(await screen.findByText('Påminnelsen skickades till 2 personer.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});
