import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { call, idea, IDEA_ID, meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID } from '@/testing/application-fixture';
import { ApplicationCreateRoute } from './application-create-route';

const path = '/applications/new';
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const page = (items: unknown[]) => ({ items, page: 0, size: 200, total: items.length });
const otherCall = call({ id: '88888888-8888-4888-8888-888888888888', identifier: 'ERASMUS-2026-KA2', title: 'Samarbeten' });

function choices() {
  return [
    { method: 'GET', path: '/api/v1/calls', answer: (request: Request) => json(page(new URL(request.url).searchParams.get('q') ? [otherCall] : [call(), otherCall])) },
    { method: 'GET', path: /\/api\/v1\/calls\/.+/, answer: () => json(otherCall) },
    { method: 'GET', path: '/api/v1/ideas', answer: () => json(page([idea({ screening: null })])) },
  ];
}

describe('creating an application', () => {
  it("creates a draft for the user's only unit with the chosen call and idea", async () => {
    const { requests } = mockFetch([
      ...choices(),
      { method: 'POST', path: '/api/v1/applications', answer: () => json({ id: APPLICATION_ID }, { status: 201 }) },
    ]);
    const { router } = renderRoute(<ApplicationCreateRoute />, { path, at: path, me: applicant });
    expect(screen.getByLabelText(/^Enhet/)).toHaveValue(UTB_ID);

    await userEvent.type(screen.getByRole('searchbox', { name: /Hitta utlysning/ }), 'samarb');
    await waitFor(() => expect(screen.getAllByRole('option', { name: /ERASMUS-2026-KA2|ESF-2026-UNG/ })).toHaveLength(1), { timeout: 5000 });
    await userEvent.click(screen.getByRole('option', { name: /ERASMUS-2026-KA2: Samarbeten/ }));
    await userEvent.selectOptions(await screen.findByLabelText(/^Projektidé/), IDEA_ID);
    await userEvent.type(screen.getByLabelText(/^Titel/), 'Sommarskola');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${APPLICATION_ID}`));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.body).toEqual({ unitId: UTB_ID, callId: otherCall.id, ideaId: IDEA_ID, title: 'Sommarskola', workPackages: [] });
    expect(requests.find((request) => request.url.pathname === '/api/v1/ideas')?.url.searchParams.get('screened')).toBe('true');
  });

  it('shows that the idea has not been screened at the idea field (409 IDEA-001)', async () => {
    mockFetch([
      ...choices(),
      { method: 'POST', path: '/api/v1/applications', answer: () => problem(409, { title: 'Conflict', code: 'IDEA-001' }) },
    ]);
    renderRoute(<ApplicationCreateRoute />, { path, at: `${path}?ideaId=${IDEA_ID}`, me: applicant });
    await userEvent.type(screen.getByLabelText(/^Titel/), 'Sommarskola');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    const ideaField = await screen.findByLabelText(/^Projektidé/);
    await waitFor(() => expect(ideaField).toHaveAccessibleDescription(/Projektidén har inte screenats\./));
  });

  it("starts from a screened idea with its title, summary, period and the screening's call", async () => {
    const screened = idea({
      title: 'Digitala klassrum',
      description: 'Lärarutbyte med vänorterna',
      startDate: '2027-08-01',
      endDate: '2029-07-31',
    });
    const withCall = {
      ...screened,
      screening: {
        investigated: true,
        programmes: [],
        calls: [{ id: otherCall.id, identifier: otherCall.identifier, title: otherCall.title }],
        outcome: 'APPLY',
        reason: 'Passar',
        screenedBy: 'Ada Ahlström',
        screenedAt: '2026-03-24T09:00:00Z',
      },
    };
    mockFetch([
      ...choices(),
      { method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(withCall) },
    ]);
    renderRoute(<ApplicationCreateRoute />, { path, at: `${path}?unitId=${UTB_ID}&ideaId=${IDEA_ID}`, me: applicant });
    await waitFor(() => expect(screen.getByLabelText(/^Titel/)).toHaveValue('Digitala klassrum'));
    expect(screen.getByLabelText(/^Sammanfattning/)).toHaveValue('Lärarutbyte med vänorterna');
    expect(screen.getByLabelText(/^Från/)).toHaveValue('2027-08-01');
    expect(screen.getByLabelText(/^Till/)).toHaveValue('2029-07-31');
    const chosen = await screen.findByRole('list', { name: 'Vald utlysning' });
    expect(await within(chosen).findByText('ERASMUS-2026-KA2: Samarbeten')).toBeInTheDocument();
  });

  it('is not offered to an auditor', () => {
    mockFetch([]);
    renderRoute(<ApplicationCreateRoute />, { path, at: path, me: meWith(['auditor']) });
    expect(screen.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeInTheDocument();
  });
});
