import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { project } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ProjectClosing } from './project-closing';
import { ProjectFileLog } from './project-file-log';

const archived = project({ status: 'ARCHIVED', retentionUntil: '2025-12-31', allowedActions: [] });
const purged = {
  at: '2026-12-07T09:15:00Z',
  action: 'PURGED',
  kind: 'EVIDENCE',
  fileId: '77777777-7777-4777-8777-777777777777',
  reportId: null,
  expenditureId: null,
  fileName: 'faktura-mars.pdf',
  sizeBytes: 2048,
  sha256: 'ab'.repeat(32),
  actor: { subject: 'adam', name: 'Adam Ek' },
};

describe('purging a project’s documents and the file log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers an admin the purge of an archived project past its retention date, and the log shows what went', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    let log: unknown[] = [];
    const { requests } = mockFetch([
      { method: 'DELETE', path: `/api/v1/projects/${archived.id}/documents`, answer: () => ((log = [purged]), new Response(null, { status: 204 })) },
      { method: 'GET', path: `/api/v1/projects/${archived.id}/file-log`, answer: () => json(log) },
    ]);
    renderRoute(
      <>
        <ProjectClosing project={archived} canManage={false} canPurge today="2026-12-07" />
        <ProjectFileLog project={archived} canAudit />
      </>,
      { path: '/projects/:id', at: `/projects/${archived.id}`, me: meWith(['admin']) },
    );
    expect(await screen.findByText('Inga filer har laddats upp ännu.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Radera handlingarna' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Projektets bilagor och underlag har raderats.');
    const row = await screen.findByRole('row', { name: /faktura-mars\.pdf/ });
    expect(row).toHaveTextContent('Rensad efter arkiveringstiden (underlag)');
    expect(row).toHaveTextContent('Adam Ek');
    expect(row).toHaveTextContent('ab'.repeat(32));
    await waitFor(() => expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1));
  });

  it('offers no purge to an advisor, nor before the project is archived', () => {
    mockFetch([]);
    const { unmount } = renderRoute(<ProjectClosing project={archived} canManage canPurge={false} today="2026-12-07" />, {
      path: '/projects/:id',
      at: `/projects/${archived.id}`,
      me: meWith(['advisor']),
    });
    expect(screen.queryByRole('button', { name: 'Radera handlingarna' })).toBeNull();
    unmount();
    renderRoute(
      <ProjectClosing project={{ ...archived, status: 'CLOSED', allowedActions: ['ARCHIVE'] }} canManage={false} canPurge today="2026-12-07" />,
      { path: '/projects/:id', at: `/projects/${archived.id}`, me: meWith(['admin']) },
    );
    expect(screen.queryByRole('button', { name: 'Radera handlingarna' })).toBeNull();
  });
});
