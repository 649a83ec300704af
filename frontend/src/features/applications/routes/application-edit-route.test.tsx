import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '@/testing/application-fixture';
import { ApplicationEditRoute } from './application-edit-route';

const path = '/applications/:id/edit';
const at = `/applications/${APPLICATION_ID}/edit`;
const base = `/api/v1/applications/${APPLICATION_ID}`;
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const empty = { items: [], page: 0, size: 200, total: 0 };
const theirs = application({ title: 'Sommarskola i matte', version: 4 });

describe('editing a draft application', () => {
  it('on 412 keeps the input, shows the stored values and overwrites with the new version', async () => {
    const { requests } = mockFetch([
      { once: true, method: 'GET', path: base, answer: () => json(application()) },
      { method: 'GET', path: base, answer: () => json(theirs) },
      { method: 'GET', path: '/api/v1/calls', answer: () => json(empty) },
      { method: 'GET', path: '/api/v1/ideas', answer: () => json(empty) },
      { once: true, method: 'PUT', path: base, answer: () => problem(412, { title: 'Precondition Failed' }) },
      { method: 'PUT', path: base, answer: () => json(application({ title: 'Min titel', version: 5 })) },
    ]);
    const { router } = renderRoute(<ApplicationEditRoute />, { path, at, me: applicant });
    const title = await screen.findByLabelText(/^Titel/);
    await userEvent.clear(title);
    await userEvent.type(title, 'Min titel');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('heading', { name: 'Någon annan har ändrat uppgifterna' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Titel Min titel Sommarskola i matte/ })).toBeInTheDocument();
    expect(title).toHaveValue('Min titel');

    await userEvent.click(screen.getByRole('button', { name: 'Skriv över med mina ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${APPLICATION_ID}`));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it('says that only a draft can be edited', async () => {
    mockFetch([{ method: 'GET', path: base, answer: () => json(application({ status: 'IN_REVIEW' })) }]);
    renderRoute(<ApplicationEditRoute />, { path, at, me: applicant });
    expect(await screen.findByText('Ansökan är inte längre ett utkast och kan inte ändras.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
  });
});
