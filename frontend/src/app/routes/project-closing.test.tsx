import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { APPLICATION_ID, PROJECT_ID, project, schedule, utbUnits } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ProjectDetailRoute } from './project-detail-route';

const path = '/projects/:id';
const at = `/projects/${PROJECT_ID}`;
const base = `/api/v1/projects/${PROJECT_ID}`;

function scenario(view: ReturnType<typeof project>, extra: Parameters<typeof mockFetch>[0] = []) {
  return mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => json(view, { headers: { ETag: `"${view.version}"` } }) },
    { method: 'GET', path: `${base}/schedule`, answer: () => json(schedule()) },
    { method: 'GET', path: `${base}/exports`, answer: () => json([{ id: 'e1', kind: 'AUDIT_PACKAGE', language: 'sv',
      sha256: 'ab'.repeat(32), sizeBytes: 1200, actor: { subject: 's', name: 'Alex Auditor' }, at: '2026-11-20T09:30:00Z' }]) },
    { method: 'GET', path: `/api/v1/applications/${APPLICATION_ID}/budget`, answer: () => json({ content: { currency: 'SEK' } }) },
  ]);
}

describe('closing and exporting a project', () => {
  it('lets an advisor close a project in closing with If-Match and shows the retention date it gets', async () => {
    const closing = project({ status: 'CLOSING', allowedActions: ['CLOSE'], lastPaymentOn: '2026-10-20', version: 3 });
    const { requests } = scenario(closing, [
      { method: 'POST', path: `${base}/transitions`, answer: () => json(project({ status: 'CLOSED', allowedActions: ['ARCHIVE'],
        lastPaymentOn: '2026-10-20', closedOn: '2026-11-26', retentionUntil: '2031-12-31', version: 4 })) },
    ]);
    renderRoute(<ProjectDetailRoute />, { path, at, me: meWith(['advisor']) });
    const section = await screen.findByRole('region', { name: 'Avslut och arkivering' });
    expect(section).toHaveTextContent('Sätts när projektet avslutas efter den sista utbetalningen');
    await userEvent.click(within(section).getByRole('button', { name: 'Avsluta projektet' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Projektet har nu status Avslutat.');
    expect(section).toHaveTextContent('31 dec. 2031');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"3"');
    expect(post?.body).toEqual({ action: 'CLOSE' });
  });

  it('says why a project cannot close yet, in the words of the server', async () => {
    scenario(project({ status: 'CLOSING', allowedActions: ['CLOSE'], version: 2 }), [
      { method: 'POST', path: `${base}/transitions`, answer: () => problem(409, { code: 'PROJECT-002', title: 'Conflict',
        detail: "Record the funder's last payment on its claim before closing" }) },
    ]);
    renderRoute(<ProjectDetailRoute />, { path, at, me: meWith(['advisor']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Avsluta projektet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Registrera finansiärens sista utbetalning');
  });

  it('gives an auditor the audit package and the log of exports, and an applicant the report and workbook only', async () => {
    scenario(project());
    const { unmount } = renderRoute(<ProjectDetailRoute />, { path, at, me: meWith(['auditor']) });
    const exports = await screen.findByRole('region', { name: 'Export för revision' });
    expect(within(exports).getByRole('button', { name: 'Revisionspaket (ZIP)' })).toBeInTheDocument();
    const log = await within(exports).findByRole('table', { name: 'Exporter av projektet, senaste först' });
    expect(log).toHaveTextContent('Alex Auditor');
    expect(log).toHaveTextContent('Revisionspaket (sv)');
    expect(screen.queryByRole('button', { name: 'Avsluta projektet' })).toBeNull();
    unmount();

    scenario(project());
    renderRoute(<ProjectDetailRoute />, { path, at, me: meWith(['applicant'], utbUnits) });
    const own = await screen.findByRole('region', { name: 'Export för revision' });
    expect(within(own).getByRole('button', { name: 'Rapport (PDF, engelska)' })).toBeInTheDocument();
    await waitFor(() => expect(within(own).queryByRole('button', { name: 'Revisionspaket (ZIP)' })).toBeNull());
  });
});
