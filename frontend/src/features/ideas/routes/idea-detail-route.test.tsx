import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IDEA_ID, PROGRAMME_ID, SOC_ID, call, idea, meWith, programme, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { IdeaDetailRoute } from './idea-detail-route';

const path = '/ideas/:id';
const at = `/ideas/${IDEA_ID}`;
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const choices: Route[] = [
  { method: 'GET', path: '/api/v1/programmes', answer: () => json({ items: [programme(), programme({ id: 'p-2', code: 'ERASMUS', name: 'Erasmus+' })], page: 0, size: 200, total: 2 }) },
  { method: 'GET', path: '/api/v1/calls', answer: () => json({ items: [call()], page: 0, size: 200, total: 1 }) },
  { method: 'GET', path: /^\/api\/v1\/calls\/[^/]+$/, answer: () => json(call()) },
  { method: 'GET', path: /\/results\/similar/, answer: () => json([]) },
];
const screened = idea({
  version: 1,
  screening: {
    investigated: true,
    programmes: [{ id: PROGRAMME_ID, code: 'ESF-2127', name: 'Nationellt ESF+-program 2021–2027', fund: 'ESF_PLUS' }],
    calls: [],
    outcome: 'APPLY',
    reason: 'Passar ESF+.',
    screenedBy: { subject: 'sub-anna', name: 'Anna Applicant' },
    screenedAt: '2026-02-11T10:00:00Z',
  },
});

describe('screening a project idea', () => {
  it('shows the required outcome and reason at their fields and sends nothing', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) }, ...choices]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    await userEvent.click(await screen.findByRole('button', { name: 'Spara screeningen' }));

    const outcome = screen.getByLabelText(/^Utfall/);
    expect(outcome).toHaveAttribute('aria-invalid', 'true');
    expect(outcome).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(outcome).toHaveFocus();
    expect(screen.getByLabelText(/^Motivering/)).toHaveAccessibleDescription(expect.stringContaining('Fältet måste fyllas i.'));
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('sends the chosen programme with the idea version and shows the server errors at their fields', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) },
      ...choices,
      {
        method: 'PUT',
        path: `/api/v1/ideas/${IDEA_ID}/screening`,
        answer: () => problem(400, { title: 'Bad Request', errors: [{ field: 'programmeIds', message: 'Ange minst ett program när utfallet är Ansök.' }] }),
      },
    ]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    const programmes = await screen.findByRole('group', { name: 'Program som passar' });
    await userEvent.type(within(programmes).getByRole('searchbox', { name: 'Filtrera program' }), 'eras');
    expect(within(programmes).queryByRole('checkbox', { name: /ESF/ })).toBeNull();
    await userEvent.click(within(programmes).getByRole('checkbox', { name: 'Erasmus+ (ERASMUS)' }));
    await userEvent.selectOptions(screen.getByLabelText(/^Utfall/), 'APPLY');
    await userEvent.type(screen.getByLabelText(/^Motivering/), 'Passar Erasmus+.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara screeningen' }));

    await waitFor(() => expect(programmes).toHaveAccessibleDescription('Ange minst ett program när utfallet är Ansök.'));
    expect(screen.getByLabelText(/^Utfall/)).not.toHaveAttribute('aria-invalid');
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.body).toEqual({ investigated: false, programmeIds: ['p-2'], callIds: [], outcome: 'APPLY', reason: 'Passar Erasmus+.' });
  });

  it('shows the saved screening', async () => {
    mockFetch([
      { once: true, method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) },
      { method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(screened) },
      ...choices,
      { method: 'PUT', path: `/api/v1/ideas/${IDEA_ID}/screening`, answer: () => json(screened) },
    ]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    await userEvent.click(await screen.findByRole('checkbox', { name: /^Nationellt ESF/ }));
    await userEvent.click(await screen.findByRole('option', { name: new RegExp(`${call().identifier}: ${call().title}`) }));
    await userEvent.selectOptions(screen.getByLabelText(/^Utfall/), 'APPLY');
    await userEvent.type(screen.getByLabelText(/^Motivering/), 'Passar ESF+.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara screeningen' }));

    expect(await screen.findByText('Screeningen har sparats.')).toBeInTheDocument();
    expect(screen.getByText('Passar ESF+.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nationellt ESF+-program 2021–2027' })).toHaveAttribute('href', `/programmes/${PROGRAMME_ID}`);
    expect(screen.queryByRole('button', { name: 'Spara screeningen' })).toBeNull();
  });
});

describe('creating an application from an idea', () => {
  it('links a screened, open idea to a new application for its unit', async () => {
    mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(screened) }]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('link', { name: 'Skapa ansökan' })).toHaveAttribute('href', `/applications/new?unitId=${UTB_ID}&ideaId=${IDEA_ID}`);
  });

  it('offers no application for an unscreened idea, a closed idea or an auditor', async () => {
    mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) }, ...choices]);
    const unscreened = renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('button', { name: 'Spara screeningen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Skapa ansökan' })).toBeNull();
    unscreened.unmount();

    mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json({ ...screened, status: 'CLOSED' }) }]);
    const closed = renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByText('Passar ESF+.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Skapa ansökan' })).toBeNull();
    closed.unmount();

    mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(screened) }]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: meWith(['auditor'], []) });
    expect(await screen.findByText('Passar ESF+.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Skapa ansökan' })).toBeNull();
  });

  it('offers no application to an advisor who has no unit, or only another unit, to create it for', async () => {
    for (const units of [[], [{ id: SOC_ID, code: 'INT', name: 'Internationella kontoret' }]]) {
      mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(screened) }, ...choices]);
      const view = renderRoute(<IdeaDetailRoute />, { path, at, me: meWith(['advisor'], units) });
      expect(await screen.findByText('Passar ESF+.')).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Skapa ansökan' })).toBeNull();
      view.unmount();
    }
  });
});

describe('closing a project idea', () => {
  it('explains that an unscreened idea cannot be closed and points to the screening form', async () => {
    mockFetch([
      { method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) },
      ...choices,
      {
        method: 'POST',
        path: `/api/v1/ideas/${IDEA_ID}/close`,
        answer: () => problem(409, { title: 'Conflict', code: 'IDEA-001', detail: 'The idea has not been screened.' }),
      },
    ]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    await userEvent.click(await screen.findByRole('button', { name: 'Stäng idén' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Idén kan inte stängas ännu');
    expect(alert).toHaveTextContent('En projektidé måste screenas innan den stängs.');
    expect(within(alert).getByRole('link', { name: 'Gå till screeningen' })).toHaveAttribute('href', '#screening');
    expect(document.getElementById('screening')).toContainElement(screen.getByRole('button', { name: 'Spara screeningen' }));
  });

  it('closes a screened idea with its version and then offers no more changes', async () => {
    const { requests } = mockFetch([
      { once: true, method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(screened) },
      { method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json({ ...screened, status: 'CLOSED', version: 2 }) },
      { method: 'POST', path: `/api/v1/ideas/${IDEA_ID}/close`, answer: () => json({ ...screened, status: 'CLOSED', version: 2 }) },
    ]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    await userEvent.click(await screen.findByRole('button', { name: 'Stäng idén' }));

    expect(await screen.findByText('Idén har stängts.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.headers.get('If-Match')).toBe('"1"');
    expect(screen.queryByRole('button', { name: 'Stäng idén' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra screeningen' })).toBeNull();
  });

  it('offers no changes to someone from another unit', async () => {
    mockFetch([{ method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) }]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: meWith(['applicant'], [{ id: 'soc', code: 'SOC', name: 'Socialförvaltningen' }]) });
    expect(await screen.findByText('Idén har inte screenats ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stäng idén' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
  });
});

describe('similar past projects', () => {
  it('shows the closest past project with its lesson, linked to its library page', async () => {
    mockFetch([
      {
        method: 'GET',
        path: `/api/v1/results/similar`,
        answer: () =>
          json([
            {
              id: 'r-1', projectId: 'p-1', unitId: UTB_ID, unitName: 'Utbildningsförvaltningen', programmeName: null, fund: 'ESF_PLUS',
              title: 'Föräldrautbildning i förskolan', acronym: null, topics: [], euAmount: 1000, partners: 2,
              periodStart: '2022-01-01', periodEnd: '2023-12-31', year: 2023, lesson: 'Räkna med tolkkostnader.', score: 0.5,
            },
          ]),
      },
      { method: 'GET', path: `/api/v1/ideas/${IDEA_ID}`, answer: () => json(idea()) },
      ...choices,
    ]);
    renderRoute(<IdeaDetailRoute />, { path, at, me: applicant });
    const panel = await screen.findByRole('region', { name: 'Liknande tidigare projekt' });
    expect(await within(panel).findByRole('link', { name: 'Föräldrautbildning i förskolan' })).toHaveAttribute('href', '/library/r-1');
    expect(within(panel).getByText('Räkna med tolkkostnader.')).toBeInTheDocument();
  });
});
