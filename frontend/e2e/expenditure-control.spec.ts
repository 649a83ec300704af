/**
 * Control of expenditure (issue 19): the controller (cora, appointed to the demo project "Språkstöd i förskolan")
 * starts the control of a claim anna submitted, draws a random sample by a seed, deducts one line with an error
 * type, parks one, verifies one and asks the unit a question; anna answers it with a file; cora writes the
 * conclusion, uploads the signed certificate and closes; ada accepts and sends the claim after control; alex (the
 * auditor) finds the control in the audit package. Set-up through the API as anna: the third period's claim with
 * three lines and their evidence, submitted. Needs DEMO_DATA.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessToken, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

const PROJECT = 'Språkstöd i förskolan';
const SHOTS = 'e2e-artifacts';

async function api(page: Page) {
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  return async (method: 'get' | 'post' | 'put', path: string, data?: unknown, extra: Record<string, string> = {}) => {
    const response = await page.request[method](`/api/v1${path}`, { headers: { ...headers, ...extra }, data: data as object });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return response;
  };
}

/** A small PDF standing in for the signed certificate. */
const CERTIFICATE = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a controller controls a claim, the unit answers, the advisor sends the claim after control, the auditor finds it', async ({ browser }) => {
  test.setTimeout(240_000);
  const printer = unique('Tryckeriet');

  // Anna prepares and submits the third period's claim, each line with its evidence.
  const anna = await signedIn(browser, 'anna.applicant');
  const asAnna = await api(anna);
  const projects = await (await asAnna('get', '/projects?size=200')).json();
  const project = projects.items.find((p: { title: string }) => p.title === PROJECT);
  const partners = await (await asAnna('get', `/applications/${project.applicationId}/partners`)).json();
  const report = await (await asAnna('post', `/projects/${project.id}/reports`, { kind: 'FINANCIAL', periodNumber: 3 })).json();
  const lines = [
    ['Lönekontoret', 'LÖN-2026-12', 'STAFF', 30000],
    ['Språkforum AB', 'SF-3551', 'EXTERNAL_EXPERTISE', 12000],
    [printer, 'TR-88', 'EXTERNAL_EXPERTISE', 4000],
  ] as const;
  for (const [supplier, invoice, category, amount] of lines) {
    const line = await (
      await asAnna('post', `/reports/${report.id}/expenditures`, {
        partnerId: partners[0].organisationId, category, spentOn: '2026-09-15', supplier, description: 'Kostnad för språkstöd',
        invoiceNumber: invoice, amount, currency: 'SEK', vatAmount: 0, vatRecoverable: false,
      })
    ).json();
    await anna.request.post(`/api/v1/reports/${report.id}/expenditures/${line.id}/evidence?fileName=underlag.txt`, {
      headers: { Authorization: `Bearer ${await accessToken(anna)}`, 'Content-Type': 'application/octet-stream' },
      data: Buffer.from(`Underlag ${invoice}\n`),
    });
  }
  const ada = await signedIn(browser, 'ada.advisor');
  const asAda = await api(ada);
  const month = new Date().toISOString().slice(0, 7);
  if (!(await ada.request.get(`/api/v1/exchange-rates/SEK/${month}`, { headers: { Authorization: `Bearer ${await accessToken(ada)}` } })).ok()) {
    await asAda('put', `/exchange-rates/SEK/${month}`, { unitsPerEur: 11.483, source: 'e2e' });
  }
  const fresh = await (await asAnna('get', `/reports/${report.id}`)).json();
  await asAnna('post', `/reports/${report.id}/transitions`, { action: 'SUBMIT' }, { 'If-Match': `"${fresh.version}"` });

  // Cora finds the claim on her to-do list and starts its control.
  const cora = await signedIn(browser, 'cora.controller');
  const coraMain = cora.getByRole('main');
  await expect(coraMain.getByRole('heading', { level: 2, name: /^Att göra/ })).toBeVisible();
  await expect(coraMain.getByText('Kontroll att göra').first()).toBeVisible();
  await cora.goto(`/reports/${report.id}`);
  const control = coraMain.getByRole('region', { name: 'Kontroll' });
  await control.getByRole('button', { name: 'Starta kontrollen' }).click();
  await expect(control.getByTestId('control-status')).toHaveText('Pågår');

  // A random sample of all three lines by seed 2026.
  await control.getByLabel(/^Metod/).selectOption('RANDOM');
  await control.getByLabel(/^Antal rader/).fill('3');
  await control.getByLabel(/^Frö/).fill('2026');
  await control.getByRole('button', { name: 'Dra urvalet' }).click();
  await expect(control.getByText(/Slumpmässigt, frö 2026 av Cora Lind/)).toBeVisible();
  const table = control.getByTestId('control-lines');
  await expect(table.locator('tr[data-sampled]')).toHaveCount(3);

  // Deduct the salary line for a calculation error, park the course, verify the printing.
  const decide = async (line: string, decision: string, fill: (form: Locator) => Promise<void>) => {
    await control.getByRole('button', { name: `Besluta: ${line}` }).click();
    const form = control.getByRole('form', { name: `Beslut om ${line}` });
    await form.getByLabel(/^Beslut/).selectOption({ label: decision });
    await fill(form);
    await form.getByRole('button', { name: 'Spara beslutet' }).click();
    await expect(form).toHaveCount(0);
  };
  await decide('Lönekontoret, LÖN-2026-12', 'Avdrag', async (form) => {
    await form.getByLabel(/^Avdrag/).fill('2500');
    await form.getByLabel(/^Feltyp/).selectOption({ label: 'Beräkningsfel' });
    await form.getByLabel(/^Kommentar/).fill('Timmarna i december räknades två gånger.');
  });
  await decide('Språkforum AB, SF-3551', 'Parkerad', async (form) => {
    await form.getByLabel(/^Kommentar/).fill('Avtalet saknas; prövas i nästa ansökan.');
  });
  await decide(`${printer}, TR-88`, 'Verifierad', async () => {});
  const overview = control.getByTestId('control-overview');
  await expect(overview.getByRole('row', { name: /^Redovisat/ })).toContainText('46 000,00');
  await expect(overview.getByRole('row', { name: /^Parkerat/ })).toContainText('12 000,00');
  await expect(overview.getByRole('row', { name: /^Avdrag/ })).toContainText('2 500,00');
  await expect(overview.getByRole('row', { name: /^Stödberättigande efter kontroll/ })).toContainText('31 500,00');
  await expect(control.getByTestId('control-deductions')).toContainText('Beräkningsfel');

  // A question to the unit about the parked line.
  await control.getByLabel(/^Fråga till enheten/).fill('Skicka avtalet med Språkforum AB.');
  await control.getByLabel(/^Gäller/).selectOption({ label: 'Språkforum AB, SF-3551' });
  await control.getByRole('button', { name: 'Skicka frågan' }).click();
  await expect(control.getByTestId('clarification').filter({ hasText: 'Skicka avtalet med Språkforum AB.' })).toContainText('Inte besvarad');
  await expectAccessible(cora, 'control of a claim for its controller');
  await cora.screenshot({ path: `${SHOTS}/control-1-controller-decisions.png`, fullPage: true });

  // Anna finds the question on her list and answers it with a file.
  await anna.goto('/');
  await expect(anna.getByRole('main').getByText('Komplettering begärd').first()).toBeVisible();
  await anna.goto(`/reports/${report.id}`);
  const annaControl = anna.getByRole('main').getByRole('region', { name: 'Kontroll' });
  const question = annaControl.getByTestId('clarification').filter({ hasText: 'Skicka avtalet med Språkforum AB.' });
  await expect(annaControl.getByRole('button', { name: 'Dra urvalet' })).toHaveCount(0);
  await question.getByLabel(/^Svar/).fill('Avtalet bifogas.');
  await question.getByRole('button', { name: 'Skicka svaret' }).click();
  await expect(question).toContainText('Anna Andersson svarade');
  await question.getByLabel('Bifoga en fil till svaret').setInputFiles({ name: 'avtal.txt', mimeType: 'text/plain', buffer: Buffer.from('Avtal med Språkforum AB\n') });
  await question.getByRole('button', { name: 'Ladda upp filen' }).click();
  await expect(question.getByRole('button', { name: 'avtal.txt' })).toBeVisible();
  await anna.screenshot({ path: `${SHOTS}/control-2-unit-answer.png`, fullPage: true });
  await anna.context().close();

  // Cora writes the conclusion, uploads the certificate and closes the control.
  await cora.reload();
  await expect(control.getByTestId('clarification')).toContainText('Avtalet bifogas.');
  await control.getByLabel(/^Slutsats/).fill('Stödberättigande efter ett avdrag; kursfakturan är parkerad.');
  await control.getByRole('button', { name: 'Spara texterna' }).click();
  await expect(cora.getByRole('status').filter({ hasText: 'Texterna är sparade.' })).toBeVisible();
  await control.getByLabel(/^Intyg \(PDF\)/).setInputFiles({ name: 'Kontrollintyg.pdf', mimeType: 'application/pdf', buffer: CERTIFICATE });
  await control.getByRole('button', { name: 'Ladda upp intyget' }).click();
  await expect(control.getByRole('button', { name: 'Kontrollintyg.pdf' })).toBeVisible();
  await control.getByRole('button', { name: 'Avsluta kontrollen' }).click();
  await expect(control.getByTestId('control-status')).toHaveText('Avslutad');
  await expect(control.getByRole('button', { name: 'Dra urvalet' })).toHaveCount(0);
  await cora.screenshot({ path: `${SHOTS}/control-3-closed.png`, fullPage: true });
  const closed = await (await (await api(cora))('get', `/reports/${report.id}/control`)).json();
  await cora.context().close();

  // Ada accepts and sends the claim after control: its EU amount is the control's.
  await ada.goto(`/reports/${report.id}`);
  const adaMain = ada.getByRole('main');
  const workflow = adaMain.getByRole('region', { name: 'Arbetsflöde' });
  await workflow.getByRole('button', { name: 'Godkänn' }).click();
  await ada.getByRole('alertdialog', { name: 'Godkänn' }).getByRole('button', { name: 'Godkänn' }).click();
  await expect(adaMain.getByTestId('report-status')).toHaveText('Godkänd');
  await workflow.getByRole('button', { name: 'Skicka till finansiären' }).click();
  const send = ada.getByRole('alertdialog', { name: 'Skicka till finansiären' });
  await send.getByLabel(/^Skickad till finansiären/).fill(new Date().toISOString().slice(0, 10));
  await send.getByLabel(/^Finansiärens referens/).fill('20250412-UB3');
  await send.getByRole('button', { name: 'Skicka till finansiären' }).click();
  await expect(adaMain.getByTestId('report-status')).toHaveText('Skickad till finansiären');
  const sent = await (await asAda('get', `/reports/${report.id}`)).json();
  expect(sent.euClaimed).toBe(closed.overview.claim.euClaimed);
  expect(sent.euClaimed).toBeLessThan(closed.overview.claimDeclared.euClaimed);
  await ada.screenshot({ path: `${SHOTS}/control-4-sent-after-control.png`, fullPage: true });
  await ada.context().close();

  // Alex finds the control in the audit package.
  const alex = await signedIn(browser, 'alex.auditor');
  await alex.goto(`/projects/${project.id}`);
  const zip = alex.waitForEvent('download');
  await alex.getByRole('main').getByRole('region', { name: 'Export för revision' }).getByRole('button', { name: 'Revisionspaket (ZIP)' }).click();
  const zipBytes = Buffer.concat(await (await (await zip).createReadStream()).toArray());
  const names = zipBytes.toString('latin1');
  for (const entry of ['records/controls.csv', 'records/control-lines.csv', 'records/control-clarifications.csv', 'history/control-lines.csv'])
    expect(names).toContain(entry);
  expect(names).toMatch(/attachments\/control\/certificates\/[0-9a-f-]+-Kontrollintyg\.pdf/);
  expect(names).toContain('attachments/control/clarifications/');
  await alex.goto(`/reports/${report.id}`);
  const alexControl = alex.getByRole('main').getByRole('region', { name: 'Kontroll' });
  await expect(alexControl.getByTestId('control-status')).toHaveText('Avslutad');
  await expect(alexControl.getByRole('button', { name: /^Besluta/ })).toHaveCount(0);
  await alex.screenshot({ path: `${SHOTS}/control-5-auditor.png`, fullPage: true });
  await alex.context().close();
});
