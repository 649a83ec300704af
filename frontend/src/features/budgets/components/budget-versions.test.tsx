import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BudgetComparison, BudgetVersionView } from '@/lib/api/types';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, BUDGET_ID, PARTNER_ID, partnership } from '../budget-fixture';
import { BudgetVersions } from './budget-versions';

const budgets = `/api/v1/budgets/${BUDGET_ID}`;

const versions: BudgetVersionView[] = [
  { number: 1, kind: 'SUBMITTED', reason: null, createdBy: { subject: 'sub-anna', name: 'Anna Andersson' }, createdAt: '2026-03-01T10:00:00Z', total: 1150, euShare: 460 },
  { number: 2, kind: 'REVISED', reason: 'Dyrare markarbeten', createdBy: { subject: 'sub-ada', name: 'Ada Advisor' }, createdAt: '2026-09-01T10:00:00Z', total: 2300, euShare: 920 },
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

function scenario() {
  return mockFetch([
    { method: 'GET', path: `${budgets}/versions`, answer: () => json(versions) },
    { method: 'GET', path: `/api/v1/applications/${APPLICATION_ID}/partners`, answer: () => json(partnership) },
    { method: 'GET', path: `${budgets}/compare`, answer: () => json(comparison) },
    {
      method: 'GET',
      path: `${budgets}/xlsx`,
      answer: () => new Response('xlsx', { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
    },
  ]);
}

function renderVersions(mayRevise = false) {
  return renderRoute(<BudgetVersions budgetId={BUDGET_ID} applicationId={APPLICATION_ID} acronym="GROGARD" currency="SEK" mayRevise={mayRevise} />, { path: '/', at: '/' });
}

describe('budget versions', () => {
  it('lists the versions with kind, reason, who, when and totals, each opened read only', async () => {
    scenario();
    renderVersions(true);
    const table = await screen.findByRole('table', { name: 'Budgetens låsta versioner, äldst först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/Version 1.*Inlämnad.*Anna Andersson.*1 150,00.*460,00/);
    expect(rows[1]).toHaveTextContent(/Version 2.*Reviderad.*Dyrare markarbeten.*Ada Advisor.*2 300,00.*920,00/);
    expect(within(rows[1]).getByRole('link', { name: 'Version 2' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget/versions/2`);
    expect(screen.getByRole('link', { name: 'Registrera en revision' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget/revision`);
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
