import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CsvExportButton } from './csv-export-button';

describe('the CSV export of a list', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the list endpoint for text/csv with the filters in force and saves what it gets', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/projects', answer: () => new Response('\uFEFFid,title\r\n1,Studiehandledning\r\n', { headers: { 'Content-Type': 'text/csv' } }) },
    ]);
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:csv');
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderRoute(<CsvExportButton path="/api/v1/projects" query={{ status: 'RUNNING', unitId: undefined }} fileName="projekt.csv" />, {
      path: '/',
      at: '/',
      me: meWith(['auditor']),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Exportera CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const request = requests.find((r) => r.url.pathname === '/api/v1/projects')!;
    expect(request.headers.get('Accept')).toBe('text/csv');
    expect(Object.fromEntries(request.url.searchParams)).toEqual({ status: 'RUNNING' });
    expect(await createObjectURL.mock.calls[0][0].text()).toContain('1,Studiehandledning');
  });
});
