/**
 * An advisor (ada) accepts a financial report with a line lacking evidence only after confirming it with a comment:
 * the report's "Nästa steg" lists the line, the step's dialog lists it and refuses until the advisor ticks the
 * confirmation and says why, and the comment and the count stay in the report's timeline.
 * Set-up through the API as anna (UTB): the last period's financial report of the demo project STUDIEHJ with two
 * lines, one with evidence, submitted. Needs DEMO_DATA.
 */
import { expect, test, type Page } from '@playwright/test';
import { accessToken, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

const PROJECT = 'Studiehandledning på modersmål med digitala verktyg';

async function api(page: Page) {
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  const call = async (method: 'get' | 'post' | 'put', path: string, data?: unknown, extra: Record<string, string> = {}) => {
    const response = await page.request[method](`/api/v1${path}`, { headers: { ...headers, ...extra }, data: data as object });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return response;
  };
  return call;
}

test('an advisor accepts a financial report with a line lacking evidence only after confirming it with a comment', async ({ browser }) => {
  const supplier = unique('Konsultbolaget');
  const comment = 'Fakturan finns hos ekonomienheten och skickas med nästa rapport.';

  // Anna prepares and submits the claim through the API.
  const anna = await signedIn(browser, 'anna.applicant');
  const asAnna = await api(anna);
  const projects = await (await asAnna('get', '/projects?size=200')).json();
  const project = projects.items.find((p: { title: string }) => p.title === PROJECT);
  const schedule = await (await asAnna('get', `/projects/${project.id}/schedule`)).json();
  const period = schedule.periods[schedule.periods.length - 1];
  const partners = await (await asAnna('get', `/applications/${project.applicationId}/partners`)).json();
  const report = await (await asAnna('post', `/projects/${project.id}/reports`, { kind: 'FINANCIAL', periodNumber: period.number })).json();
  const line = (who: string, invoice: string) => ({
    partnerId: partners[0].organisationId, category: 'STAFF', spentOn: project.periodStart, supplier: who, description: 'Handledning',
    invoiceNumber: invoice, amount: 1200, currency: 'EUR', vatAmount: 0, vatRecoverable: false,
  });
  const evidenced = await (await asAnna('post', `/reports/${report.id}/expenditures`, line('Lönekontoret', 'L-1'))).json();
  await anna.request.post(`/api/v1/reports/${report.id}/expenditures/${evidenced.id}/evidence?fileName=lon.txt`, {
    headers: { Authorization: `Bearer ${await accessToken(anna)}`, 'Content-Type': 'application/octet-stream' },
    data: Buffer.from('Lönebesked\n'),
  });
  await asAnna('post', `/reports/${report.id}/expenditures`, line(supplier, 'K-7'));

  // Before submitting, anna sees the line listed (advised, not blocking).
  await anna.goto(`/reports/${report.id}`);
  const annaNext = anna.getByRole('region', { name: 'Nästa steg' });
  await expect(annaNext).toContainText('Det här steget är ditt att ta.');
  await expect(annaNext).toContainText(`Utgiftsraden ${supplier}, K-7 saknar underlag`);
  await anna.screenshot({ path: 'e2e-artifacts/evidence-1-applicant-next-step.png', fullPage: true });

  const ada = await signedIn(browser, 'ada.advisor');
  const asAda = await api(ada);
  const month = new Date().toISOString().slice(0, 7);
  if (!(await ada.request.get(`/api/v1/exchange-rates/SEK/${month}`, { headers: { Authorization: `Bearer ${await accessToken(ada)}` } })).ok()) {
    await asAda('put', `/exchange-rates/SEK/${month}`, { unitsPerEur: 11.483, source: 'e2e' });
  }
  const fresh = await (await asAnna('get', `/reports/${report.id}`)).json();
  await asAnna('post', `/reports/${report.id}/transitions`, { action: 'SUBMIT' }, { 'If-Match': `"${fresh.version}"` });
  await anna.context().close();

  // Ada opens it: the next step is hers, and the line without evidence is named.
  await ada.goto(`/reports/${report.id}`);
  const main = ada.getByRole('main');
  await expect(main.getByTestId('report-status')).toHaveText('Inlämnad');
  const next = main.getByRole('region', { name: 'Nästa steg' });
  await expect(next.getByRole('heading', { level: 3, name: 'Godkänn' })).toBeVisible();
  await expect(next).toContainText('Det här steget är ditt att ta.');
  await expect(next.getByRole('link', { name: `Utgiftsraden ${supplier}, K-7 saknar underlag` })).toBeVisible();
  await expectAccessible(ada, 'submitted report with a line lacking evidence');

  // Accepting without the confirmation and a comment is refused in the dialog.
  await main.getByRole('region', { name: 'Arbetsflöde' }).getByRole('button', { name: 'Godkänn' }).click();
  const dialog = ada.getByRole('alertdialog', { name: 'Godkänn' });
  await expect(dialog).toContainText('1 utgiftsrad saknar underlag:');
  await expect(dialog).toContainText(`${supplier}, K-7`);
  await dialog.getByRole('button', { name: 'Godkänn' }).click();
  await expect(dialog.getByRole('checkbox', { name: /Jag godkänner raderna utan underlag/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('Förklara varför raderna godkänns utan underlag.');
  await expectAccessible(ada, 'accept dialog asking for the confirmation');
  await ada.screenshot({ path: 'e2e-artifacts/evidence-2-dialog-refused.png', fullPage: true });

  await dialog.getByRole('checkbox', { name: /Jag godkänner raderna utan underlag/ }).check();
  await dialog.getByLabel(/^Kommentar/).fill(comment);
  await dialog.getByRole('button', { name: 'Godkänn' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(main.getByTestId('report-status')).toHaveText('Godkänd');

  // The timeline keeps the comment and how many lines were accepted without evidence.
  const timeline = main.getByTestId('report-timeline');
  const accepted = timeline.getByRole('listitem').filter({ hasText: 'Godkänn: Inlämnad → Godkänd' });
  await expect(accepted).toContainText('Godkänd med 1 rad utan underlag.');
  await expect(accepted).toContainText(comment);
  await ada.screenshot({ path: 'e2e-artifacts/evidence-3-accepted-timeline.png', fullPage: true });
  await ada.context().close();
});
