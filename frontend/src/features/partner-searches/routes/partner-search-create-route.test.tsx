import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CALL_ID, call, meWith, socUnit, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { DRAFT_ID, SEARCH_ID, search, unitApplication } from '../search-fixture';
import { PartnerSearchCreateRoute } from './partner-search-create-route';

const utb = { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' };
const page = (items: unknown[]) => json({ items, page: 0, size: 200, total: items.length });

function scenario(post = () => json(search(), { status: 201 })) {
  return mockFetch([
    { method: 'GET', path: '/api/v1/units', answer: () => page([socUnit, { ...socUnit, ...utb }]) },
    { method: 'GET', path: '/api/v1/applications', answer: () => page([unitApplication(DRAFT_ID, 'Gröna skolgårdar för ett förändrat klimat', 'DRAFT')]) },
    { method: 'GET', path: '/api/v1/ideas', answer: () => page([]) },
    { method: 'GET', path: '/api/v1/calls', answer: () => page([call()]) },
    { method: 'GET', path: `/api/v1/calls/${CALL_ID}`, answer: () => json(call()) },
    { method: 'POST', path: '/api/v1/partner-searches', answer: post },
  ]);
}

describe('posting a partner search', () => {
  it("starts from the application given in the address, with its unit and call, and posts what is sought", async () => {
    const { requests } = scenario();
    const { router } = renderRoute(<PartnerSearchCreateRoute />, {
      path: '/partner-searches/new',
      at: `/partner-searches/new?unitId=${UTB_ID}&applicationId=${DRAFT_ID}&callId=${CALL_ID}`,
      me: meWith(['applicant'], [utb]),
    });
    await screen.findByRole('option', { name: 'Gröna skolgårdar för ett förändrat klimat, Utkast' }, { timeout: 5000 });
    expect(screen.getByLabelText(/^Enhet/)).toHaveValue(UTB_ID);
    // An applicant posts for their own units only.
    expect(screen.queryByRole('option', { name: /Socialförvaltningen/ })).toBeNull();
    expect(screen.getByLabelText(/^Ansökan/)).toHaveValue(DRAFT_ID);
    expect(await within(await screen.findByRole('list', { name: 'Vald utlysning' })).findByText(`${call().identifier}: ${call().title}`)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Rubrik/), 'Partner till skolgårdarna');
    await userEvent.click(screen.getByLabelText(/^Vad projektet handlar om/));
    await userEvent.paste('Climate adaptation of school yards');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Partner' }));
    await userEvent.type(screen.getByLabelText('Filtrera länder'), 'finl');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Finland' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kommun' }));
    await userEvent.click(screen.getByLabelText(/^Sökt kompetens/));
    await userEvent.paste('climate adaptation, urban water');
    await userEvent.type(screen.getByLabelText(/^Sista dag för intresseanmälan/), '2026-03-31');
    await userEvent.click(screen.getByRole('button', { name: 'Publicera sökningen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/partner-searches/${SEARCH_ID}`));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      unitId: UTB_ID,
      applicationId: DRAFT_ID,
      callId: CALL_ID,
      title: 'Partner till skolgårdarna',
      topic: 'Climate adaptation of school yards',
      roles: ['PARTNER'],
      countries: ['FI'],
      organisationTypes: ['MUNICIPALITY'],
      expertise: ['climate adaptation', 'urban water'],
      interestDeadline: '2026-03-31',
      status: 'OPEN',
    });
  });

  it('asks for title and topic first, and shows a country the server refuses at the countries', async () => {
    const { requests } = scenario(() => problem(400, { title: 'Bad Request', code: 'VALIDATION', errors: [{ field: 'countries[0]', message: 'is not an ISO 3166-1 alpha-2 code such as FI' }] }));
    renderRoute(<PartnerSearchCreateRoute />, { path: '/partner-searches/new', at: '/partner-searches/new', me: meWith(['applicant'], [utb]) });
    await userEvent.click(screen.getByRole('button', { name: 'Publicera sökningen' }));
    expect(screen.getByLabelText(/^Rubrik/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Vad projektet handlar om/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByLabelText(/^Rubrik/), 'Partner');
    await userEvent.type(screen.getByLabelText(/^Vad projektet handlar om/), 'skolgårdar');
    await userEvent.click(screen.getByRole('button', { name: 'Publicera sökningen' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Länder' })).toHaveAccessibleDescription(expect.stringContaining('is not an ISO 3166-1 alpha-2 code such as FI')));
  });
});
