import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TaskList as Tasks } from '@/lib/api/types';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { TaskList } from './task-list';

const utb = { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' };

const tasks: Tasks = {
  total: 3,
  limit: 10,
  counts: [
    { kind: 'DRAFT_INCOMPLETE', count: 1 },
    { kind: 'REPORT_DUE', count: 1 },
    { kind: 'AWAITING_REVIEW', count: 1 },
  ],
  items: [
    {
      kind: 'REPORT_DUE',
      record: { type: 'PROJECT', id: 'p1', label: 'Studiehandledning på modersmål', link: '/projects/p1#schedule-title' },
      unit: utb,
      reason: { code: 'REPORTS_DUE', params: { period: '2', reports: 'FINANCIAL,PROGRESS', daysLeft: '12' } },
      due: '2026-12-18',
      since: null,
      ageDays: null,
      missing: [],
    },
    {
      kind: 'AWAITING_REVIEW',
      record: { type: 'APPLICATION', id: 'a2', label: 'Unga vuxna tillbaka', link: '/applications/a2#workflow-title' },
      unit: utb,
      reason: { code: 'UNIT_APPROVED', params: {} },
      due: null,
      since: '2026-11-30T09:00:00Z',
      ageDays: 6,
      missing: [],
    },
    {
      kind: 'DRAFT_INCOMPLETE',
      record: { type: 'APPLICATION', id: 'a1', label: 'Gröna skolgårdar', link: '/applications/a1/edit' },
      unit: utb,
      reason: { code: 'MISSING', params: { missing: '2' } },
      due: null,
      since: '2026-11-27T09:00:00Z',
      ageDays: 9,
      missing: [
        { code: 'READINESS-001', field: 'callId', section: 'CALL', message: 'choose the call', blocking: true, about: null },
        { code: 'BUDGET-017', field: 'budget', section: 'BUDGET', message: 'no budget yet', blocking: true, about: null },
      ],
    },
  ],
};

describe('the work list', () => {
  it('lists each task with its kind, reason in words, what is missing and a link to act on it', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/me/tasks', answer: () => json(tasks) }]);
    renderRoute(<TaskList />, { path: '/', at: '/', me: meWith(['applicant']) });
        expect(await screen.findByRole('link', { name: 'Gröna skolgårdar' })).toHaveAttribute('href', '/applications/a1/edit');
    expect(screen.getByRole('heading', { level: 2, name: /^Att göra/ })).toHaveTextContent('Att göra (3)');
    const counts = screen.getByRole('list', { name: 'Antal per slag' });
    expect(within(counts).getByText('Utkast att komplettera: 1')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Studiehandledning på modersmål' })).toHaveAttribute('href', '/projects/p1#schedule-title');
    expect(screen.getByText('Period 2: ekonomisk rapport och lägesrapport ska lämnas om 12 dagar.')).toBeInTheDocument();
    expect(screen.getByText('Godkänd av enheten, väntar på att granskas sedan 6 dagar.')).toBeInTheDocument();

    expect(screen.getByText('2 saker saknas innan enheten kan godkänna ansökan:')).toBeInTheDocument();
    const missing = screen.getByRole('list', { name: 'Det här saknas i Gröna skolgårdar' });
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Utlysning', 'En budget med kostnader']);
    // role queries over a long list are slow in jsdom on a loaded machine
  }, 30_000);

  it('says in plain words when nothing waits', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/me/tasks', answer: () => json({ total: 0, counts: [], items: [], limit: 10 }) }]);
    renderRoute(<TaskList />, { path: '/', at: '/', me: meWith(['auditor']) });
    expect(await screen.findByText(/Inget väntar på dig just nu/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Att göra' })).toBeInTheDocument();
  });

  it('offers every task of a kind that has more than the list shows, and goes back to the overview', async () => {
    const draft = tasks.items[2];
    const second = { ...draft, record: { ...draft.record, id: 'a9', label: 'Fler träd', link: '/applications/a9/edit' } };
    const firstOnly: Tasks = {
      ...tasks,
      total: 4,
      limit: 1,
      counts: tasks.counts.map((c) => (c.kind === 'DRAFT_INCOMPLETE' ? { ...c, count: 2 } : c)),
    };
    const { requests } = mockFetch([
      {
        method: 'GET',
        path: '/api/v1/me/tasks',
        answer: (request) => {
          return new URL(request.url).searchParams.get('kind') === 'DRAFT_INCOMPLETE'
            ? json({ ...firstOnly, limit: 5000, items: [draft, second] })
            : json(firstOnly);
        },
      },
    ]);
    const user = userEvent.setup();
    renderRoute(<TaskList />, { path: '/', at: '/', me: meWith(['applicant']) });
    expect(await screen.findByRole('link', { name: 'Gröna skolgårdar' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Fler träd' })).not.toBeInTheDocument();
    expect(screen.getByText('Här visas de 1 första av varje slag.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Visa alla 1: / })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Visa alla 2: Utkast att komplettera' }));
    expect(await screen.findByRole('link', { name: 'Fler träd' })).toHaveAttribute('href', '/applications/a9/edit');
    expect(screen.getByRole('heading', { level: 3, name: 'Alla: Utkast att komplettera' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Studiehandledning på modersmål' })).not.toBeInTheDocument();
    expect(requests.map((r) => r.url.search)).toContain('?kind=DRAFT_INCOMPLETE&limit=5000');

    await user.click(screen.getByRole('button', { name: 'Tillbaka till översikten' }));
    expect(await screen.findByRole('link', { name: 'Studiehandledning på modersmål' })).toBeInTheDocument();
  }, 30_000);
});
