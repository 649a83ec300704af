import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { PROJECT_ID, project } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ProjectHistoryRoute, ReportHistoryRoute } from './project-history-route';

const revision = (field: string, oldValue: string | null, newValue: string) => ({
  revision: 7,
  timestamp: '2026-11-20T09:30:00Z',
  actor: { subject: 's', name: 'Ada Ahlström' },
  type: 'CHANGED',
  changes: [{ field, oldValue, newValue }],
});

describe('the history of a project and of a report', () => {
  it("shows who changed the project's status, with a way back", async () => {
    mockFetch([
      { method: 'GET', path: `/api/v1/projects/${PROJECT_ID}`, answer: () => json(project()) },
      { method: 'GET', path: `/api/v1/projects/${PROJECT_ID}/history`, answer: () => json([revision('status', 'CLOSING', 'CLOSED')]) },
    ]);
    renderRoute(<ProjectHistoryRoute />, { path: '/projects/:id/history', at: `/projects/${PROJECT_ID}/history`, me: meWith(['auditor']) });
    const table = await screen.findByRole('table', { name: 'Projektets ändringshistorik, senaste först' });
    expect(within(table).getByText('Ada Ahlström')).toBeInTheDocument();
    expect(table).toHaveTextContent('CLOSED');
    expect(await screen.findByRole('link', { name: /^Tillbaka till Studiehandledning/ })).toHaveAttribute('href', `/projects/${PROJECT_ID}`);
  });

  it("reads a report's history, its expenditure lines' changes among them", async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/reports/r1/history', answer: () => json([revision('amount', '100.00', '150.00')]) }]);
    renderRoute(<ReportHistoryRoute />, { path: '/reports/:id/history', at: '/reports/r1/history', me: meWith(['advisor']) });
    const table = await screen.findByRole('table', { name: 'Rapportens och dess utgiftsraders ändringshistorik, senaste först' });
    expect(table).toHaveTextContent('150.00');
  });
});
