import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { APPLICATION_ID, PROJECT_ID, REPORT_ID, project, schedule, utbUnits } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ProjectDetailRoute } from './project-detail-route';

const path = '/projects/:id';
const at = `/projects/${PROJECT_ID}`;
const base = `/api/v1/projects/${PROJECT_ID}`;
const applicant = meWith(['applicant'], utbUnits);
const advisor = meWith(['advisor']);

function scenario(extra: Parameters<typeof mockFetch>[0] = []) {
  return mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => json(project(), { headers: { ETag: '"1"' } }) },
    { method: 'GET', path: `${base}/schedule`, answer: () => json(schedule()) },
    { method: 'GET', path: `/api/v1/applications/${APPLICATION_ID}/budget`, answer: () => json({ content: { currency: 'SEK' } }) },
  ]);
}

describe('the project page', () => {
  it('shows the facts, what is due next with its deadline, and the schedule with the reports or start buttons', async () => {
    scenario();
    renderRoute(<ProjectDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('heading', { level: 1, name: 'Studiehandledning på modersmål med digitala verktyg' })).toBeInTheDocument();
    expect(screen.getByText('Utbildningsförvaltningen')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('granted')).toHaveTextContent('400 000,00 SEK'));
    expect(screen.getByRole('link', { name: 'Visa ansökan' })).toHaveAttribute('href', '/applications/99999999-9999-4999-8999-999999999999');

    const next = await screen.findByTestId('next-due');
    expect(next).toHaveTextContent('Period 2 (1 juli 2026 – 31 dec. 2026)');
    expect(next).toHaveTextContent('Att lämna in: lägesrapport och ekonomisk rapport. Sista dag: 28 feb. 2027');

    const table = screen.getByRole('table', { name: 'Rapportperioder med sista dag och rapporter' });
    const first = within(table).getByRole('row', { name: /^Period 1/ });
    expect(within(first).getByRole('link', { name: 'Öppna ekonomisk rapport för period 1' })).toHaveAttribute('href', '/reports/financial-1');
    expect(first).toHaveTextContent('Skickad till finansiären');
    expect(first).toHaveTextContent('Godkänd');
    const second = within(table).getByRole('row', { name: /^Period 2/ });
    expect(second).toHaveTextContent('28 feb. 2027');
    expect(within(second).getByRole('button', { name: 'Påbörja ekonomisk rapport för period 2' })).toBeInTheDocument();
    // Only advisors move deadlines.
    expect(screen.queryByRole('button', { name: /Flytta sista dag/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Påbörja slutrapport' })).toBeInTheDocument();
  });

  it('starts the financial report of a period and opens it', async () => {
    const { requests } = scenario([
      {
        method: 'POST',
        path: `${base}/reports`,
        answer: () => new Response(null, { status: 201, headers: { Location: `/api/v1/reports/${REPORT_ID}` } }),
      },
    ]);
    const { router } = renderRoute(<ProjectDetailRoute />, { path, at, me: applicant });
    await userEvent.click(await screen.findByRole('button', { name: 'Påbörja ekonomisk rapport för period 2' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reports/${REPORT_ID}`));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ kind: 'FINANCIAL', periodNumber: 2 });
  });

  it('lets an advisor move a deadline with If-Match and shows the other version after a 412', async () => {
    const moved = schedule();
    moved.periods[1] = { ...moved.periods[1], reportDue: '2027-03-15', version: 1 };
    const { requests } = scenario([
      { method: 'PUT', path: `${base}/periods/2`, once: true, answer: () => problem(412, { title: 'Precondition Failed' }) },
      { method: 'GET', path: `${base}/schedule`, once: true, answer: () => json(schedule()) },
      { method: 'GET', path: `${base}/schedule`, once: true, answer: () => json(moved) },
    ]);
    renderRoute(<ProjectDetailRoute />, { path, at, me: advisor });
    await userEvent.click(await screen.findByRole('button', { name: 'Flytta sista dag för period 2' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Flytta sista dag för period 2' });
    const date = within(dialog).getByLabelText(/^Sista dag för rapport/);
    await userEvent.clear(date);
    await userEvent.type(date, '2027-03-31');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));

    expect(await within(dialog).findByRole('heading', { name: 'Någon annan har ändrat uppgifterna' })).toBeInTheDocument();
    expect(within(dialog).getByRole('table')).toHaveTextContent('31 mars 2027');
    expect(within(dialog).getByRole('table')).toHaveTextContent('15 mars 2027');
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(put?.body).toEqual({ reportDue: '2027-03-31' });
  });
});
