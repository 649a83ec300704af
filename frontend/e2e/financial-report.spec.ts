/**
 * A project manager (anna, unit UTB) opens the demo project STUDIEHJ, starts the financial report of period 2,
 * adds a salary line with a piece of evidence, sees the claim and submits; an advisor (ada) returns it with a
 * comment; anna sees it returned with the comment in the timeline. Each person signs in in a browser context of
 * their own. Needs DEMO_DATA (the granted project with period 1 reported and paid).
 *
 * Submitting needs the EUR rate of SEK for the current month (REPORT-004). The test records it as ada through
 * PUT /api/v1/exchange-rates/SEK/{month} when that endpoint exists; without it the submission must be refused
 * with the month named and a way to the exchange rates, and the test ends there.
 */
import { expect, test, type Page } from '@playwright/test';
import { accessToken, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';

const PROJECT = 'Studiehandledning på modersmål med digitala verktyg';
const COMMENT = 'Bifoga lönespecifikationen för september och ange timmarna i projektet.';

/** The month of the first submission as the server names it, "YYYY-MM", and as the SPA says it. */
function currentMonth(now = new Date()) {
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const words = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(now.getFullYear(), now.getMonth(), 1)));
  return { iso, words };
}

/** Records this month's SEK rate as an advisor; false when the API has no exchange-rates endpoint yet. */
async function ensureRate(advisor: Page, month: string): Promise<boolean> {
  const headers = { Authorization: `Bearer ${await accessToken(advisor)}` };
  const existing = await advisor.request.get(`/api/v1/exchange-rates/SEK/${month}`, { headers });
  if (existing.ok()) return true;
  const put = await advisor.request.put(`/api/v1/exchange-rates/SEK/${month}`, { headers, data: { unitsPerEur: 11.483, source: 'e2e' } });
  return put.ok();
}

test('a project manager submits a financial report and an advisor returns it with a comment', async ({ browser }) => {
  const month = currentMonth();

  // Anna finds the project through the main navigation and sees what is due next.
  const anna = await signedIn(browser, 'anna.applicant');
  const annaMain = anna.getByRole('main');
  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Projekt', exact: true }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Projekt' })).toBeVisible();
  await expectAccessible(anna, 'project list');
  await annaMain.getByRole('link', { name: PROJECT }).click();

  await expect(anna.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
  const next = anna.getByTestId('next-due');
  await expect(next).toContainText('Period 2');
  await expect(next).toContainText('28 feb. 2027');
  const schedule = annaMain.getByRole('table', { name: 'Rapportperioder med sista dag och rapporter' });
  const period1 = schedule.getByRole('row', { name: /^Period 1/ });
  await expect(period1).toContainText('Skickad till finansiären');
  await expect(period1).toContainText('Godkänd');
  await expectAccessible(anna, 'project page');

  // She starts the financial report of period 2.
  await schedule.getByRole('button', { name: 'Påbörja ekonomisk rapport för period 2' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Ekonomisk rapport, period 2 – STUDIEHJ' })).toBeVisible();
  await expect(anna.getByTestId('report-status')).toHaveText('Utkast');
  const reportPath = new URL(anna.url()).pathname;
  await expectAccessible(anna, 'new financial report');

  // A salary line.
  await annaMain.getByRole('button', { name: 'Lägg till utgift' }).click();
  const form = annaMain.getByRole('form', { name: 'Lägg till utgift' });
  await form.getByLabel(/^Partner/).selectOption({ label: 'Södertälje kommun' });
  await form.getByLabel(/^Kostnadskategori/).selectOption({ label: 'Personalkostnader' });
  await form.getByLabel(/^Datum/).fill('2026-09-25');
  await form.getByLabel(/^Leverantör/).fill('Södertälje kommun');
  await form.getByLabel(/^Beskrivning/).fill('Lön studiehandledare september');
  await form.getByLabel(/^Belopp inkl. moms/).fill('42000');
  await expect(form.getByLabel(/^Valuta/)).toHaveValue('SEK');
  await expectAccessible(anna, 'expenditure form');
  await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(annaMain.getByRole('status').filter({ hasText: 'Utgiften från Södertälje kommun har lagts till.' })).toBeVisible();
  const lines = annaMain.getByRole('table', { name: 'Utgiftsrader i rapporten' });
  await expect(lines.getByRole('row', { name: /Södertälje kommun/ })).toContainText('42 000,00');

  // Its evidence.
  await lines.getByRole('button', { name: 'Underlag för Södertälje kommun: 0 filer' }).click();
  await annaMain.getByLabel('Fil med underlag').setInputFiles({ name: 'lonespec-september.txt', mimeType: 'text/plain', buffer: Buffer.from('Lönespecifikation september 2026\n') });
  await annaMain.getByRole('button', { name: 'Ladda upp underlag' }).click();
  await expect(annaMain.getByRole('status').filter({ hasText: 'Filen lonespec-september.txt har laddats upp.' })).toBeVisible();
  await expect(annaMain.getByRole('button', { name: 'Ladda ner lonespec-september.txt' })).toBeVisible();
  await expect(lines.getByRole('button', { name: 'Underlag för Södertälje kommun: 1 fil' })).toBeVisible();

  // The claim: this report's staff costs against the granted budget, and the EU amount.
  const claim = annaMain.getByRole('table', { name: 'Per kostnadskategori mot beviljad budget (SEK)' });
  await expect(claim.getByRole('row', { name: /^Personalkostnader/ })).toContainText('42 000,00');
  await expect(anna.getByTestId('claim-totals')).toContainText('EU-belopp som begärs');
  await expectAccessible(anna, 'financial report with a line, evidence and the claim');

  // This month's rate, recorded by the advisor where the API allows it.
  const ada = await signedIn(browser, 'ada.advisor');
  const rateRecorded = await ensureRate(ada, month.iso);

  await annaMain.getByRole('button', { name: 'Lämna in' }).click();
  const submitDialog = anna.getByRole('alertdialog', { name: 'Lämna in' });
  await submitDialog.getByRole('button', { name: 'Lämna in' }).click();
  if (!rateRecorded) {
    // No way to record the rate yet: the refusal names the month and points to the exchange rates.
    const refusal = submitDialog.getByRole('alert');
    await expect(refusal).toContainText(`Det finns ingen eurokurs för SEK för ${month.words}`);
    await expect(refusal.getByRole('link', { name: 'Gå till valutakurserna' })).toHaveAttribute('href', '/exchange-rates');
    await expectAccessible(anna, 'submission refused for want of a rate');
    test.info().annotations.push({ type: 'note', description: `no exchange-rates endpoint: submission refused (REPORT-004, ${month.iso}); the return step was not run` });
    await ada.context().close();
    await anna.context().close();
    return;
  }
  await expect(annaMain.getByRole('status').filter({ hasText: 'Lämna in: rapporten har nu status Inlämnad.' })).toBeVisible();
  await expect(anna.getByTestId('frozen-rate')).toContainText(month.words);

  // Ada returns it: a comment is required.
  await ada.goto(reportPath);
  const adaMain = ada.getByRole('main');
  await expect(ada.getByRole('heading', { level: 1, name: 'Ekonomisk rapport, period 2 – STUDIEHJ' })).toBeVisible();
  await expect(ada.getByTestId('report-status')).toHaveText('Inlämnad');
  await adaMain.getByRole('button', { name: 'Skicka tillbaka' }).click();
  const returnDialog = ada.getByRole('alertdialog', { name: 'Skicka tillbaka' });
  await returnDialog.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(returnDialog.getByLabel(/^Kommentar/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(ada, 'return dialog without a comment');
  await returnDialog.getByLabel(/^Kommentar/).fill(COMMENT);
  await returnDialog.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(adaMain.getByRole('status').filter({ hasText: 'Skicka tillbaka: rapporten har nu status Återsänd.' })).toBeVisible();
  await ada.context().close();

  // Anna sees it returned, with the comment in the timeline, and may change it again.
  await anna.reload();
  await expect(anna.getByTestId('report-status')).toHaveText('Återsänd');
  const timeline = anna.getByTestId('report-timeline');
  await expect(timeline).toContainText('Skicka tillbaka: Inlämnad → Återsänd');
  await expect(timeline).toContainText(COMMENT);
  await expect(annaMain.getByRole('button', { name: 'Lägg till utgift' })).toBeVisible();
  await expectAccessible(anna, 'returned financial report');
  await anna.context().close();
});
