import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamCandidateView, TeamMemberView } from '@/lib/api/types';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID } from '@/testing/application-fixture';
import { ApplicationTeam } from './application-team';

const team = `/api/v1/applications/${APPLICATION_ID}/team`;
const anna: TeamMemberView = {
  subject: 'sub-anna',
  name: 'Anna Applicant',
  email: 'anna@example.org',
  addedBy: { subject: 'sub-carl', name: 'Carl Coordinator' },
  addedAt: '2026-02-10T09:00:00Z',
};
const adaCandidate: TeamCandidateView = { subject: 'sub-ada', name: 'Ada Advisor', email: 'ada@example.org' };
const ada: TeamMemberView = { ...adaCandidate, addedBy: { subject: 'sub-anna', name: 'Anna Applicant' }, addedAt: '2026-02-12T09:00:00Z' };

function renderTeam(canManage: boolean) {
  return renderRoute(<ApplicationTeam applicationId={APPLICATION_ID} canManage={canManage} />, { path: '/', at: '/' });
}

/** The team list answers `before` until a change, then `after`; the candidates likewise. */
function mockTeam(change: Route | null, before: TeamMemberView[], after: TeamMemberView[], candidates: TeamCandidateView[] = [adaCandidate]) {
  let changed = false;
  const routes: Route[] = [
    { method: 'GET', path: team, answer: () => json(changed ? after : before) },
    { method: 'GET', path: `${team}/candidates`, answer: () => json(changed ? [] : candidates) },
  ];
  if (change) {
    routes.push({
      ...change,
      answer: async (request, body) => {
        const response = await change.answer(request, body);
        changed = response.ok;
        return response;
      },
    });
  }
  return mockFetch(routes);
}

describe('application team', () => {
  it('adds a person chosen by name among the candidates', async () => {
    const { requests } = mockTeam({ method: 'POST', path: team, answer: () => json(ada, { status: 201 }) }, [anna], [anna, ada]);
    renderTeam(true);
    const row = (await screen.findByRole('cell', { name: 'Anna Applicant' })).closest('tr')!;
    expect(row).toHaveTextContent('Carl Coordinator');
    const person = screen.getByRole('combobox', { name: /^Person/ });
    await screen.findByRole('option', { name: 'Ada Advisor (ada@example.org)' });
    // Names only: no raw subject is shown.
    expect(within(person).queryByText(/sub-ada/)).toBeNull();

    await userEvent.selectOptions(person, 'sub-ada');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ada Advisor har lagts till i teamet och fått en avisering.');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ subject: 'sub-ada' });
    expect(await screen.findByRole('cell', { name: 'Ada Advisor' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Person/ })).toHaveAccessibleDescription(/Det finns inga fler att lägga till/);
  });

  it('asks for a person before sending anything', async () => {
    const { requests } = mockTeam(null, [], []);
    renderTeam(true);
    expect(await screen.findByText('Ingen har lagts till i teamet ännu.')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Ada Advisor (ada@example.org)' });
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    const person = screen.getByRole('combobox', { name: /^Person/ });
    expect(person).toHaveAttribute('aria-invalid', 'true');
    expect(person).toHaveFocus();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('says so when the person is already on the team (409 TEAM-001)', async () => {
    mockTeam(
      { method: 'POST', path: team, answer: () => problem(409, { title: 'Conflict', code: 'TEAM-001', detail: 'Ada Advisor is already on the team' }) },
      [anna],
      [anna],
    );
    renderTeam(true);
    await screen.findByRole('option', { name: 'Ada Advisor (ada@example.org)' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Person/ }), 'sub-ada');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ada Advisor finns redan i teamet.');
  });

  it("shows the server's field error at the picker", async () => {
    mockTeam(
      { method: 'POST', path: team, answer: () => problem(400, { title: 'Bad Request', errors: [{ field: 'subject', message: 'Ingen användare på enheten har detta id.' }] }) },
      [anna],
      [anna],
    );
    renderTeam(true);
    await screen.findByRole('option', { name: 'Ada Advisor (ada@example.org)' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Person/ }), 'sub-ada');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Person/ })).toHaveAccessibleDescription(expect.stringContaining('Ingen användare på enheten har detta id.')));
    expect(screen.getByRole('alert')).toHaveTextContent('Felen visas vid respektive fält.');
  });

  it('removes a member after confirmation', async () => {
    const { requests } = mockTeam({ method: 'DELETE', path: `${team}/sub-anna`, answer: () => new Response(null, { status: 204 }) }, [anna], []);
    renderTeam(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Anna Applicant' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ta bort Anna Applicant från teamet?' });
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Anna Applicant har tagits bort från teamet.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await screen.findByText('Ingen har lagts till i teamet ännu.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('keeps the member when the removal is cancelled', async () => {
    const { requests } = mockTeam(null, [anna], []);
    renderTeam(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Anna Applicant' }));
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('cell', { name: 'Anna Applicant' })).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('only lists the team for those who may not change it, without asking for candidates', async () => {
    const { requests } = mockTeam(null, [anna], []);
    renderTeam(false);
    expect(await screen.findByRole('cell', { name: 'Anna Applicant' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(requests.some((request) => request.url.pathname.endsWith('/candidates'))).toBe(false);
  });
});
