import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BudgetComparison, BudgetVersionView } from '@/lib/api/types';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, BUDGET_ID, PARTNER_ID, partnership } from '../budget-fixture';
import { BudgetVersions } from './budget-versions';

const budgets = `/api/v1/budgets/${BUDGET_ID}`;

const ada = { subject: 'sub-ada', name: 'Ada Advisor' };

const versions: BudgetVersionView[] = [
  { number: 1, kind: 'SUBMITTED', reason: null, createdBy: { subject: 'sub-anna', name: 'Anna Andersson' }, createdAt: '2026-03-01T10:00:00Z', total: 1150, euShare: 460, request: null, baseline: false },
  {
    number: 2,
    kind: 'REVISED',
    reason: 'Dyrare markarbeten',
    createdBy: ada,
    createdAt: '2026-09-01T10:00:00Z',
    total: 2300,
    euShare: 920,
    request: { state: 'APPROVED', version: 1, comment: 'Rimligt', decidedBy: ada, decidedAt: '2026-09-02T10:00:00Z' },
    baseline: true,
  },
];

/** Version 3 proposed by the unit, waiting for the office: version 2 stays in force. */
const withProposal: BudgetVersionView[] = [
  ...versions,
  {
    number: 3,
    kind: 'REVISED',
    reason: 'Fler resor',
    createdBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    createdAt: '2026-10-01T10:00:00Z',
    total: 2400,
    euShare: 900,
    request: { state: 'PROPOSED', version: 0, comment: null, decidedBy: null, decidedAt: null },
    baseline: false,
  },
];

const comparison: BudgetComparison = {
  from: 1,
  to: 0,
  lines: [
    { lineId: 'line-1', change: 'CHANGED', partnerId: PARTNER_ID, category: 'STAFF', period: 1, description: 'Projektledare', fromAmount: 1000, toAmount: 2000, difference: 1000 },
    { lineId: 'line-2', change: 'ADDED', partnerId: PARTNER_ID, category: 'EQUIPMENT', period: 2, description: 'Mätutrustning', fromAmount: null, toAmount: 500.5, difference: 500.5 },
    { lineId: 'line-3', change: 'REMOVED', partnerId: PARTNER_ID, category: 'TRAVEL_ACCOMMODATION', period: 1, description: 'Studieresa', fromAmount: 36000, toAmount: null, difference: -36000 },
  ],
  partners: [{ partnerId: PARTNER_ID, fromTotal: 37150, toTotal: 2800.5, fromEuShare: 14860, toEuShare: 1120.2 }],
  fromTotal: 37150,
  toTotal: 2800.5,
  fromEuShare: 14860,
  toEuShare: 1120.2,
};

function scenario(list: BudgetVersionView[] = versions, decision?: (body: unknown) => Response) {
  return mockFetch([
    { method: 'GET', path: `${budgets}/versions`, answer: () => json(list) },
    ...(decision ? [{ method: 'POST', path: `${budgets}/versions/3/decision`, answer: (_request: Request, body: unknown) => decision(body) }] : []),
    { method: 'GET', path: `/api/v1/applications/${APPLICATION_ID}/partners`, answer: () => json(partnership) },
    { method: 'GET', path: `${budgets}/compare`, answer: () => json(comparison) },
    {
      method: 'GET',
      path: `${budgets}/xlsx`,
      answer: () => new Response('xlsx', { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
    },
  ]);
}

function renderVersions(mayRevise = false, mayDecide = false) {
  return renderRoute(<BudgetVersions budgetId={BUDGET_ID} applicationId={APPLICATION_ID} acronym="GROGARD" currency="SEK" mayRevise={mayRevise} mayDecide={mayDecide} />, { path: '/', at: '/' });
}

describe('budget versions', () => {
  it('lists the versions with kind, reason, who, when and totals, each opened read only', async () => {
    scenario();
    renderVersions(true);
    const table = await screen.findByRole('table', { name: 'Budgetens låsta versioner, äldst först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/Version 1.*Inlämnad.*Anna Andersson.*1 150,00.*460,00/);
    expect(rows[1]).toHaveTextContent(/Version 2.*Reviderad.*Gäller.*Dyrare markarbeten.*Godkänd av Ada Advisor.*Rimligt.*Ada Advisor.*2 300,00.*920,00/);
    expect(rows[0]).not.toHaveTextContent('Gäller');
    expect(within(rows[1]).getByRole('link', { name: 'Version 2' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget/versions/2`);
    expect(screen.getByRole('link', { name: 'Föreslå en ändring' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget/revision`);
  });

  it('shows a proposed change as such, keeps the version in force, and tells the unit it waits for the office', async () => {
    scenario(withProposal);
    renderVersions(true);
    const table = await screen.findByRole('table', { name: 'Budgetens låsta versioner, äldst först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[2]).toHaveTextContent(/Version 3.*Reviderad.*Fler resor.*Föreslagen.*Anna Andersson/);
    expect(rows[2]).not.toHaveTextContent('Gäller');
    expect(rows[1]).toHaveTextContent('Gäller');
    expect(screen.getByText('En ändringsbegäran väntar på beslut av Internationella kontoret.')).toBeInTheDocument();
    // One open request at a time: no second proposal, and no decision for the unit.
    expect(screen.queryByRole('link', { name: 'Föreslå en ändring' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
  });

  it('lets an advisor approve the open request with a comment, on its version (If-Match)', async () => {
    const { requests } = scenario(withProposal, () =>
      json({ ...withProposal[2], request: { state: 'APPROVED', version: 1, comment: 'Ok', decidedBy: ada, decidedAt: '2026-10-02T10:00:00Z' }, baseline: true }),
    );
    renderVersions(false, true);
    const form = await screen.findByRole('form', { name: 'Besluta om version 3' });
    expect(within(form).getByRole('button', { name: 'Godkänn' })).toBeDisabled();
    await userEvent.type(within(form).getByLabelText(/Kommentar till beslutet/), 'Resorna behövs');
    await userEvent.click(within(form).getByRole('button', { name: 'Godkänn' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Version 3 är godkänd.');
    const decision = requests.find((request) => request.method === 'POST')!;
    expect(decision.url.pathname).toBe(`${budgets}/versions/3/decision`);
    expect(decision.headers.get('If-Match')).toBe('"0"');
    expect(decision.body).toEqual({ outcome: 'APPROVED', comment: 'Resorna behövs' });
  });

  it('lets an advisor reject it, and shows a decision taken meanwhile by another advisor', async () => {
    const { requests } = scenario(withProposal, () => problem(409, { code: 'BUDGET-021', title: 'Conflict', detail: 'Version 3 was APPROVED already' }));
    renderVersions(false, true);
    const form = await screen.findByRole('form', { name: 'Besluta om version 3' });
    await userEvent.type(within(form).getByLabelText(/Kommentar till beslutet/), 'Saknar motivering');
    await userEvent.click(within(form).getByRole('button', { name: 'Avslå' }));
    expect(await within(form).findByText(/Ändringsbegäran är redan beslutad/)).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')!.body).toEqual({ outcome: 'REJECTED', comment: 'Saknar motivering' });
  });

  it('compares a version with the draft line by line, with the amounts, the difference and the partner totals', async () => {
    const { requests } = scenario();
    renderVersions();
    await screen.findByRole('table', { name: 'Budgetens låsta versioner, äldst först' });
    await userEvent.selectOptions(screen.getByLabelText(/^Jämför från/), '1');
    expect(screen.getByLabelText(/^med/)).toHaveValue('0');
    await userEvent.click(screen.getByRole('button', { name: 'Jämför' }));

    const lines = await screen.findByRole('table', { name: 'Kostnadsrader: Version 1 jämförd med Utkastet' });
    const compare = requests.find((request) => request.url.pathname === `${budgets}/compare`)!;
    expect(Object.fromEntries(compare.url.searchParams)).toEqual({ from: '1', to: '0' });
    expect(within(lines).getByRole('row', { name: /Projektledare/ })).toHaveTextContent(/Ändrad.*Projektledare.*Södertälje kommun.*Personalkostnader.*1.*1 000,00.*2 000,00.*1 000,00/);
    expect(within(lines).getByRole('row', { name: /Mätutrustning/ })).toHaveTextContent(/Tillagd.*Utrustning.*–.*500,50.*500,50/);
    expect(within(lines).getByRole('row', { name: /Studieresa/ })).toHaveTextContent(/Borttagen.*36 000,00.*–.*−36 000,00/);
    const partners = screen.getByRole('table', { name: 'Partnernas summor: Version 1 jämförd med Utkastet' });
    expect(within(partners).getByRole('row', { name: /Södertälje kommun/ })).toHaveTextContent(/37 150,00.*2 800,50.*14 860,00.*1 120,20/);
  });

  it('exports a version as XLSX, fetched by the API client (never a URL with a token) and saved as a file', async () => {
    const { requests } = scenario();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:budget');
    // jsdom has no object URLs: a URL class that has them.
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderVersions();
    await userEvent.click(await screen.findByRole('button', { name: 'Exportera version 2 till Excel' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('GROGARD-v2.xlsx');
    const exported = requests.find((request) => request.url.pathname === `${budgets}/xlsx`)!;
    expect(exported.url.searchParams.get('version')).toBe('2');
    expect(await createObjectURL.mock.calls[0][0].text()).toBe('xlsx');
  });
});
