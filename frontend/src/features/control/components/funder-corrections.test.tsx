import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FunderCorrections } from '@/lib/api/types';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { LEAD_ID, REPORT_ID, partners, report, utbUnits } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { FunderCorrectionsSection } from './funder-corrections';

const path = `/api/v1/reports/${REPORT_ID}/funder-corrections`;
const paid = report({ status: 'SENT_TO_FUNDER', editable: false, allowedActions: [], euClaimed: 1600, paidAmount: 1500, paidOn: '2026-11-30', version: 9 });

function corrections(overrides: Partial<FunderCorrections> = {}): FunderCorrections {
  return { reportId: REPORT_ID, currency: 'SEK', euClaimed: 1600, paidAmount: 1500, shortfall: 100, corrections: [], total: 0, reportVersion: 9, ...overrides };
}

const recorded = corrections({
  corrections: [{ id: 'c1', partnerId: LEAD_ID, category: 'STAFF', amount: 250, reason: 'Timmar utanför projektet',
    recordedBy: { subject: 'sub-ada', name: 'Ada Ahlström' }, recordedAt: '2026-12-01T09:00:00Z' }],
  total: 250,
  reportVersion: 10,
});

function render(view: FunderCorrections, roles: string[], extra: Parameters<typeof mockFetch>[0] = []) {
  const fetched = mockFetch([...extra, { method: 'GET', path, answer: () => json(view) }]);
  const onMessage = vi.fn();
  renderRoute(<FunderCorrectionsSection report={paid} partners={partners} onMessage={onMessage} />, { path: '/reports/:id', at: `/reports/${REPORT_ID}`,
    me: meWith(roles, roles.includes('applicant') ? utbUnits : []) });
  return { ...fetched, onMessage };
}

describe("the funder's corrections", () => {
  it('lets an advisor record a deduction per partner and category with its reason, with the report version as If-Match', async () => {
    const { requests, onMessage } = render(corrections(), ['advisor'], [{ method: 'PUT', path, answer: () => json(recorded) }]);
    expect(await screen.findByTestId('funder-corrections-summary')).toHaveTextContent('100,00');
    expect(screen.getByText('Inga korrigeringar är registrerade.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Registrera finansiärens korrigeringar' });
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till en korrigering' }));
    const row = within(form).getByRole('group', { name: 'Korrigering 1' });
    await userEvent.selectOptions(within(row).getByLabelText(/^Kostnadskategori/), 'STAFF');
    await userEvent.type(within(row).getByLabelText(/^Belopp \(SEK\)/), '250,00');
    await userEvent.click(within(form).getByRole('button', { name: 'Spara korrigeringarna' }));
    expect(within(row).getByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
    await userEvent.type(within(row).getByLabelText(/^Motivering/), 'Timmar utanför projektet');
    await userEvent.click(within(form).getByRole('button', { name: 'Spara korrigeringarna' }));
    await vi.waitFor(() => expect(onMessage).toHaveBeenCalledWith('Finansiärens korrigeringar är sparade.'));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"9"');
    // The only partner of the budget is chosen already.
    expect(put?.body).toEqual({ corrections: [{ partnerId: LEAD_ID, category: 'STAFF', amount: 250, reason: 'Timmar utanför projektet' }] });
    const table = await screen.findByTestId('funder-corrections');
    expect(within(table).getByRole('row', { name: /Södertälje kommun/ })).toHaveTextContent('Personalkostnader');
    expect(within(table).getByRole('row', { name: /Summa/ })).toHaveTextContent('250,00');
  });

  it('says a stale version was changed by someone else', async () => {
    render(recorded, ['advisor'], [{ method: 'PUT', path, answer: () => problem(412, { title: 'Precondition Failed', status: 412 }) }]);
    const form = await screen.findByRole('form', { name: 'Registrera finansiärens korrigeringar' });
    await userEvent.click(within(form).getByRole('button', { name: 'Spara korrigeringarna' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Någon annan har ändrat/);
  });

  it('shows the unit the corrections without a form', async () => {
    render(recorded, ['applicant']);
    expect(await screen.findByTestId('funder-corrections')).toHaveTextContent('Timmar utanför projektet');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('offers no form when the funder paid the whole claim', async () => {
    render(corrections({ paidAmount: 1600, shortfall: 0 }), ['advisor']);
    expect(await screen.findByText(/när finansiären har betalat mindre/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
