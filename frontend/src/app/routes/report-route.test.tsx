import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportView } from '@/lib/api/types';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { APPLICATION_ID, LEAD_ID, PROJECT_ID, REPORT_ID, claim, line, partners, progressReport, project, report, utbUnits } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ReportRoute } from './report-route';

const path = '/reports/:id';
const at = `/reports/${REPORT_ID}`;
const base = `/api/v1/reports/${REPORT_ID}`;
const applicant = meWith(['applicant'], utbUnits);
const advisor = meWith(['advisor']);

function scenario(view: ReportView, extra: (Route & { once?: boolean })[] = [], lines = [line()]) {
  return mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => json(view, { headers: { ETag: `"${view.version}"` } }) },
    { method: 'GET', path: `/api/v1/projects/${PROJECT_ID}`, answer: () => json(project()) },
    { method: 'GET', path: `/api/v1/applications/${APPLICATION_ID}/partners`, answer: () => json(partners) },
    { method: 'GET', path: `${base}/claim`, answer: () => json(claim()) },
    { method: 'GET', path: `${base}/expenditures`, answer: () => json(lines) },
    { method: 'GET', path: `${base}/timeline`, answer: () => json([]) },
  ]);
}

describe('the report page', () => {
  it("saves a progress report's text with If-Match and shows the other version after a 412", async () => {
    const theirs = progressReport({ version: 5, content: { ...progressReport().content, activities: 'Deras text.' } });
    const { requests } = scenario(progressReport(), [
      { method: 'PUT', path: base, once: true, answer: () => problem(412, { title: 'Precondition Failed' }) },
      { method: 'GET', path: base, once: true, answer: () => json(progressReport()) },
      { method: 'GET', path: base, once: true, answer: () => json(theirs) },
      { method: 'PUT', path: base, once: true, answer: () => json({ ...theirs, version: 6 }) },
    ]);
    renderRoute(<ReportRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lägesrapport, period 2 – STUDIEHJ' })).toBeInTheDocument();
    // The server's figures beside the indicator.
    expect(screen.getByTestId('indicator-0-progress')).toHaveTextContent('Tidigare perioder: 3. Totalt hittills: 5 av målvärdet 10.');
    const activities = screen.getByRole('textbox', { name: /^Genomförda aktiviteter/ });
    await userEvent.clear(activities);
    await userEvent.type(activities, 'Mina aktiviteter.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara texten' }));

    const notice = await screen.findByRole('heading', { name: 'Någon annan har ändrat uppgifterna' });
    expect(notice).toBeInTheDocument();
    const differences = screen.getByRole('table', { name: 'Skillnader mellan dina ändringar och den sparade versionen' });
    expect(within(differences).getByRole('row', { name: /Genomförda aktiviteter/ })).toHaveTextContent('Mina aktiviteter.Deras text.');
    const puts = () => requests.filter((request) => request.method === 'PUT');
    expect(puts()[0].headers.get('If-Match')).toBe('"3"');
    expect(puts()[0].body).toMatchObject({
      activities: 'Mina aktiviteter.',
      deliverables: ['Lärarhandledning'],
      indicators: [{ code: 'RCO 87', name: 'Deltagande organisationer', type: 'OUTPUT', unit: 'organisationer', target: 10, thisPeriod: 2 }],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Skriv över med mina ändringar' }));
    expect(await screen.findByText('Rapportens text har sparats.')).toBeInTheDocument();
    expect(puts()[1].headers.get('If-Match')).toBe('"5"');
  });

  it("adds an expenditure line and shows the server's refusal at its field", async () => {
    const { requests } = scenario(
      report(),
      [
        {
          method: 'POST',
          path: `${base}/expenditures`,
          once: true,
          answer: () =>
            problem(400, {
              title: 'Bad Request',
              code: 'REPORT-011',
              errors: [
                {
                  field: 'spentOn',
                  message: 'must be within the project period 2026-01-01 – 2027-12-31',
                  code: 'REPORT-011',
                  params: { periodStart: '2026-01-01', periodEnd: '2027-12-31' },
                },
              ],
            }),
        },
      ],
      [],
    );
    renderRoute(<ReportRoute />, { path, at, me: applicant });
    expect(await screen.findByText('Inga utgiftsrader ännu.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till utgift' }));
    const form = screen.getByRole('form', { name: 'Lägg till utgift' });
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /^Partner/ })).toHaveValue(LEAD_ID));
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Kostnadskategori/ }), 'STAFF');
    await userEvent.type(within(form).getByLabelText(/^Datum/), '2025-09-25');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Leverantör/ }), 'Södertälje kommun');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Beskrivning/ }), 'Lön september');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Belopp inkl. moms/ }), '42 000');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));

    const date = await within(form).findByLabelText(/^Datum/);
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/Utgiften måste ligga inom projektperioden 1 jan. 2026 – 31 dec. 2027\./);
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      partnerId: LEAD_ID,
      category: 'STAFF',
      spentOn: '2025-09-25',
      supplier: 'Södertälje kommun',
      description: 'Lön september',
      invoiceNumber: null,
      paidOn: null,
      amount: 42000,
      currency: 'SEK',
      vatAmount: null,
      vatRecoverable: false,
    });
  });

  it('shows the claim with the overspend in words, the EU amount and the missing rate', async () => {
    scenario(report());
    renderRoute(<ReportRoute />, { path, at, me: applicant });
    const warnings = await screen.findByTestId('overspend-warnings');
    expect(warnings).toHaveTextContent('Varning: 1 kostnadskategori överskrider den beviljade budgeten.');
    expect(warnings).toHaveTextContent('Personalkostnader: överskridet med 22 000,00 SEK (beviljat 100 000,00 SEK, totalt begärt 122 000,00 SEK).');
    const table = screen.getByRole('table', { name: 'Per kostnadskategori mot beviljad budget (SEK)' });
    expect(within(table).getByRole('row', { name: /^Personalkostnader/ })).toHaveTextContent('100 000,0080 000,0042 000,00122 000,00−22 000,00 (överskridet med 22 000,00)');
    expect(screen.getByTestId('claim-totals')).toHaveTextContent('EU-belopp som begärs19 320,00 SEK');
    expect(screen.getByTestId('rate-missing')).toHaveTextContent('Kurs saknas.');
    expect(within(screen.getByTestId('rate-missing')).getByRole('link', { name: 'Gå till valutakurserna' })).toHaveAttribute('href', '/exchange-rates');
    // The line in the table.
    const lines = screen.getByRole('table', { name: 'Utgiftsrader i rapporten' });
    expect(within(lines).getByRole('row', { name: /Södertälje kommun/ })).toHaveTextContent('42 000,00 SEK');
  });

  it('shows the frozen rate and the EUR total once submitted', async () => {
    mockFetch([
      { method: 'GET', path: base, answer: () => json(report({ status: 'SUBMITTED', editable: false, allowedActions: [], rateMonth: '2026-11', unitsPerEur: 11.483 })) },
      { method: 'GET', path: `/api/v1/projects/${PROJECT_ID}`, answer: () => json(project()) },
      { method: 'GET', path: `/api/v1/applications/${APPLICATION_ID}/partners`, answer: () => json(partners) },
      { method: 'GET', path: `${base}/claim`, answer: () => json(claim({ warnings: [], rateMissing: false, eligibleTotalEur: 4206.21, unitsPerEur: 11.483 })) },
      { method: 'GET', path: `${base}/expenditures`, answer: () => json([line()]) },
      { method: 'GET', path: `${base}/timeline`, answer: () => json([]) },
    ]);
    renderRoute(<ReportRoute />, { path, at, me: applicant });
    expect(await screen.findByTestId('frozen-rate')).toHaveTextContent('Kursen för november 2026, 11,4830 SEK/EUR, låstes när rapporten lämnades in första gången.');
    expect(screen.getByTestId('claim-totals')).toHaveTextContent('4 206,21 EUR till kursen 11,4830 SEK/EUR');
    expect(screen.queryByTestId('rate-missing')).toBeNull();
    // Read-only: no form, no line buttons.
    expect(screen.queryByRole('button', { name: 'Spara texten' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lägg till utgift' })).toBeNull();
  });

  it('asks for a comment before an advisor returns the report, then sends it with If-Match', async () => {
    const submitted = report({ status: 'SUBMITTED', editable: false, allowedActions: ['RETURN', 'ACCEPT'] });
    const { requests } = scenario(submitted, [
      { method: 'POST', path: `${base}/transitions`, once: true, answer: () => json({ ...submitted, status: 'RETURNED', allowedActions: [], version: 4 }) },
    ]);
    renderRoute(<ReportRoute />, { path, at, me: advisor });
    await userEvent.click(await screen.findByRole('button', { name: 'Skicka tillbaka' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Skicka tillbaka' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    const comment = within(dialog).getByRole('textbox', { name: /^Kommentar/ });
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(/Skriv en kommentar\./);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await userEvent.type(comment, 'Lägg till lönespecifikationen.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(await screen.findByText('Skicka tillbaka: rapporten har nu status Återsänd.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"3"');
    expect(post?.body).toEqual({ action: 'RETURN', comment: 'Lägg till lönespecifikationen.' });
  });

  it('names the month whose rate is missing when submitting is refused (REPORT-004)', async () => {
    scenario(report(), [
      {
        method: 'POST',
        path: `${base}/transitions`,
        answer: () =>
          problem(400, {
            title: 'Bad Request',
            errors: [
              {
                field: 'rateMonth',
                code: 'REPORT-004',
                message: 'there is no EUR rate for SEK in 2026-11 (the month of the first submission); an advisor records it under the exchange rates',
              },
            ],
          }),
      },
    ]);
    renderRoute(<ReportRoute />, { path, at, me: applicant });
    await userEvent.click(await screen.findByRole('button', { name: 'Lämna in' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Lämna in' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lämna in' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Det finns ingen eurokurs för SEK för november 2026 (månaden för första inlämningen).');
    expect(within(alert).getByRole('link', { name: 'Gå till valutakurserna' })).toHaveAttribute('href', '/exchange-rates');
  });
  it("shows the funder's corrections of a paid claim, with the partner's name, below the payment", async () => {
    const paid = report({ status: 'SENT_TO_FUNDER', editable: false, allowedActions: [], euClaimed: 1600, paidAmount: 1500, paidOn: '2026-11-30' });
    scenario(paid, [
      { method: 'GET', path: `${base}/funder-corrections`, answer: () => json({ reportId: REPORT_ID, currency: 'SEK', euClaimed: 1600, paidAmount: 1500,
        shortfall: 100, total: 250, reportVersion: paid.version, corrections: [{ id: 'c1', partnerId: LEAD_ID, category: 'STAFF', amount: 250,
          reason: 'Timmar utanför projektet', recordedBy: { subject: 'sub-ada', name: 'Ada Ahlström' }, recordedAt: '2026-12-01T09:00:00Z' }] }) },
    ]);
    renderRoute(<ReportRoute />, { path, at, me: advisor });
    const section = await screen.findByRole('region', { name: 'Finansiärens korrigeringar' });
    const row = await within(section).findByRole('row', { name: /Timmar utanför projektet/ });
    await waitFor(() => expect(row).toHaveTextContent('Södertälje kommun'));
    expect(row).toHaveTextContent('250,00');
    expect(within(section).getByRole('form', { name: 'Registrera finansiärens korrigeringar' })).toBeInTheDocument();
  });
});
