import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RevisionView } from '@/lib/api/types';
import { SOC_ID, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { HistoryTable } from './history-table';

const revisions: RevisionView[] = [
  {
    revision: 2,
    timestamp: '2026-11-20T09:30:00Z',
    actor: { subject: 's-1', name: 'Ada Advisor' },
    type: 'UPDATED',
    changes: [
      { field: 'unitId', oldValue: SOC_ID, newValue: UTB_ID },
      { field: 'activeTo', oldValue: null, newValue: '2026-12-31' },
    ],
  },
  {
    revision: 1,
    timestamp: '2026-11-19T09:30:00Z',
    actor: { subject: 'system', name: 'system' },
    type: 'CREATED',
    changes: [{ field: 'name', oldValue: null, newValue: 'Sara' }],
  },
];

function renderTable() {
  mockFetch([
    {
      method: 'GET',
      path: '/api/v1/units',
      answer: () =>
        json({
          items: [
            { id: SOC_ID, code: 'SOC', name: 'Socialkontoret', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 },
            { id: UTB_ID, code: 'UTB', name: 'Utbildningskontoret', type: 'MUNICIPAL_DEPARTMENT', parentId: null, parentName: null, active: true, version: 0 },
          ],
          page: 0,
          size: 200,
          total: 2,
        }),
    },
  ]);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <HistoryTable revisions={revisions} caption="Historik" />
    </QueryClientProvider>,
  );
}

describe('history timeline', () => {
  it('shows who changed what, from and to, newest first', async () => {
    renderTable();
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('cell', { name: 'Ada Advisor' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Ändrad');
    expect(await within(rows[0]).findByText('Socialkontoret (SOC)')).toHaveClass('changes__old');
    expect(within(rows[0]).getByText('Utbildningskontoret (UTB)')).toHaveClass('changes__new');
    expect(rows[0]).toHaveTextContent('Aktiv till: från (tomt) → till 31 dec. 2026');
  });

  it('shows only the values of a creation, and "the system" for changes made by the system', () => {
    renderTable();
    const created = screen.getAllByRole('row')[2];
    expect(created).toHaveTextContent('Systemet');
    expect(created).toHaveTextContent('Namn: Sara');
    expect(within(created).queryByText('(tomt)')).toBeNull();
  });
});
