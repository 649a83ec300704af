import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TaskList as Tasks } from '@/lib/api/types';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { TaskList } from './task-list';

const utb = { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' };

const tasks: Tasks = {
  total: 3,
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
    mockFetch([{ method: 'GET', path: '/api/v1/me/tasks', answer: () => json({ total: 0, counts: [], items: [] }) }]);
    renderRoute(<TaskList />, { path: '/', at: '/', me: meWith(['auditor']) });
    expect(await screen.findByText(/Inget väntar på dig just nu/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Att göra' })).toBeInTheDocument();
  });
});
