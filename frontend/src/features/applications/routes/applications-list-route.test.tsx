import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { call, meWith, PROGRAMME_ID, programme, socUnit, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { localTimeZone, startOfDayIso } from '@/lib/i18n/zoned-time';
import { application } from '@/testing/application-fixture';
import { ApplicationsListRoute } from './applications-list-route';

const path = '/applications';
const page = (items: unknown[], size = 200) => ({ items, page: 0, size, total: items.length });
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const listed = application({ callClosesAt: '2026-03-05T17:00:00+01:00' });

function scenario(applications: unknown = page([listed], 20)) {
  return mockFetch([
    { method: 'GET', path: '/api/v1/units', answer: () => json(page([socUnit])) },
    { method: 'GET', path: '/api/v1/calls', answer: () => json(page([call()])) },
    { method: 'GET', path: '/api/v1/programmes', answer: () => json(page([programme()])) },
    { method: 'GET', path: '/api/v1/applications', answer: () => json(applications) },
  ]);
}

const listRequests = (requests: ReturnType<typeof scenario>['requests']) => requests.filter((request) => request.url.pathname === '/api/v1/applications');

describe('application list', () => {
  it("shows the call's deadline in Brussels time and sorts by it", async () => {
    const { requests } = scenario();
    const { router } = renderRoute(<ApplicationsListRoute />, { path, at: path, me: applicant });
    const row = (await screen.findByRole('link', { name: listed.title })).closest('tr')!;
    expect(within(row).getByText(/5 mars 2026.*17:00/)).toHaveAttribute('datetime', '2026-03-05T17:00:00+01:00');

    await userEvent.click(screen.getByRole('button', { name: /^Sista ansökningsdag/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=callClosesAt'));
    await waitFor(() => expect(listRequests(requests).at(-1)?.url.searchParams.get('sort')).toBe('callClosesAt'));
    expect(screen.getByRole('columnheader', { name: /^Sista ansökningsdag/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('filters by programme and by the call deadline, kept in the address', async () => {
    const { requests } = scenario();
    const { router } = renderRoute(<ApplicationsListRoute />, { path, at: path, me: applicant });
    await screen.findByRole('option', { name: `${programme().name} (${programme().code})` });
    await userEvent.selectOptions(screen.getByLabelText('Program'), PROGRAMME_ID);
    fireEvent.change(screen.getByLabelText('Sista ansökningsdag före'), { target: { value: '2026-03-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('callClosesBefore')).toBe('2026-03-01'));
    expect(new URLSearchParams(router.state.location.search).get('programmeId')).toBe(PROGRAMME_ID);
    await waitFor(() => expect(listRequests(requests).at(-1)?.url.searchParams.get('programmeId')).toBe(PROGRAMME_ID));
    // The API gets the instant the day starts, in the user's zone.
    expect(listRequests(requests).at(-1)?.url.searchParams.get('callClosesBefore')).toBe(startOfDayIso('2026-03-01', localTimeZone()));

    await userEvent.click(screen.getByRole('button', { name: 'Rensa' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Sista ansökningsdag före')).toHaveValue('');
  });

  it('reads the filters from the address', async () => {
    const { requests } = scenario();
    renderRoute(<ApplicationsListRoute />, { path, at: `${path}?programmeId=${PROGRAMME_ID}&callClosesBefore=2026-06-01`, me: applicant });
    await screen.findByRole('link', { name: listed.title });
    const query = listRequests(requests)[0].url.searchParams;
    expect(query.get('programmeId')).toBe(PROGRAMME_ID);
    expect(query.get('callClosesBefore')).toBe(startOfDayIso('2026-06-01', localTimeZone()));
    expect(screen.getByLabelText('Sista ansökningsdag före')).toHaveValue('2026-06-01');
    await waitFor(() => expect(screen.getByLabelText('Program')).toHaveValue(PROGRAMME_ID));
  });

  it('leaves out a deadline that is not a date', async () => {
    const { requests } = scenario();
    renderRoute(<ApplicationsListRoute />, { path, at: `${path}?callClosesBefore=snart`, me: applicant });
    await screen.findByRole('link', { name: listed.title });
    expect(listRequests(requests)[0].url.searchParams.has('callClosesBefore')).toBe(false);
  });

  it('offers "Ny ansökan" only to someone with a unit to create it for', async () => {
    scenario();
    const first = renderRoute(<ApplicationsListRoute />, { path, at: path, me: applicant });
    expect(await screen.findByRole('link', { name: 'Ny ansökan' })).toHaveAttribute('href', '/applications/new');
    first.unmount();

    renderRoute(<ApplicationsListRoute />, { path, at: path, me: meWith(['advisor']) });
    await screen.findByRole('link', { name: listed.title });
    expect(screen.queryByRole('link', { name: 'Ny ansökan' })).toBeNull();
  });

  it('says "cirka" when the server estimated the total, and the exact count otherwise', async () => {
    scenario({ items: [listed], page: 0, size: 20, total: 20013, totalEstimated: true });
    const first = renderRoute(<ApplicationsListRoute />, { path, at: path, me: applicant });
    expect(await screen.findByText(/^cirka 20\s000 träffar$/)).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^Visar 1–20 av cirka 20\s000$/)).toBeInTheDocument();
    first.unmount();

    scenario();
    renderRoute(<ApplicationsListRoute />, { path, at: path, me: applicant });
    await screen.findByRole('link', { name: listed.title });
    expect(screen.getByText(/^1 träff$/)).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/cirka/)).toBeNull();
  });
});
