import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { call, idea, IDEA_ID, meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID } from '../application-fixture';
import { ApplicationCreateRoute } from './application-create-route';

const path = '/applications/new';
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const page = (items: unknown[]) => ({ items, page: 0, size: 200, total: items.length });
const otherCall = call({ id: '88888888-8888-4888-8888-888888888888', identifier: 'ERASMUS-2026-KA2', title: 'Samarbeten' });

function choices() {
  return [
    { method: 'GET', path: '/api/v1/calls', answer: () => json(page([call(), otherCall])) },
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

    await userEvent.type(screen.getByLabelText('Filtrera utlysningar'), 'erasmus');
    const callSelect = screen.getByLabelText(/^Utlysning/);
    await waitFor(() => expect(callSelect.querySelectorAll('option')).toHaveLength(2));
    await userEvent.selectOptions(callSelect, otherCall.id);
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

  it('is not offered to an auditor', () => {
    mockFetch([]);
    renderRoute(<ApplicationCreateRoute />, { path, at: path, me: meWith(['auditor']) });
    expect(screen.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeInTheDocument();
  });
});
