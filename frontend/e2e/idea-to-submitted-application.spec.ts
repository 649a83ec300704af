/**
 * From idea to submitted application, with two people each signing in through Keycloak in a
 * browser context of their own: a coordinator (carl, coordinator + applicant, unit SOC) records an
 * idea, screens it (outcome Apply), creates the application from the idea ("Skapa ansökan"), puts
 * the municipality in its partnership as lead, gives it a budget and approves it for the unit; an advisor (ada) starts the review, clears it for submission and
 * registers the submission. The submitted version is frozen with a SHA-256 and the timeline says
 * who took each step.
 */
import { expect, test } from '@playwright/test';
import { signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';
import { leadWithBudget, takeStep } from './support/workflow';

test('a coordinator takes an idea through screening to an application; an advisor reviews and submits it', async ({ browser }) => {
  const ideaTitle = unique('E2E Idé hemtjänst');
  const title = unique('E2E Ansökan hemtjänst');
  const summary = 'Digitalt stöd för äldre i hemtjänsten, med utbildning för personalen.';
  const funderReference = unique('ESF-REF');

  // Carl (coordinator + applicant, SOC) records the idea for SOC.
  const carl = await signedIn(browser, 'carl.coordinator');
  const carlMain = carl.getByRole('main');
  await carl.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Projektidéer' }).click();
  await expect(carl.getByRole('heading', { level: 1, name: 'Projektidéer' })).toBeVisible();
  await carlMain.getByRole('link', { name: 'Ny projektidé' }).click();
  await expect(carl.getByRole('heading', { level: 1, name: 'Ny projektidé' })).toBeVisible();
  const unit = carl.getByLabel(/^Enhet/);
  const socValue = await unit.locator('option').filter({ hasText: 'SOC' }).first().getAttribute('value');
  await unit.selectOption(socValue!);
  await carl.getByLabel(/^Titel/).fill(ideaTitle);
  await carl.getByLabel(/^Beskrivning/).fill('Digitala verktyg som gör att äldre kan bo kvar hemma längre.');
  await carl.getByLabel(/^Uppskattad kostnad/).fill('1200000');
  await expectAccessible(carl, 'new idea form filled in (coordinator)');
  await carl.getByRole('button', { name: 'Skapa' }).click();
  await expect(carl.getByRole('heading', { level: 1, name: ideaTitle })).toBeVisible();
  await expect(carlMain.getByRole('status').filter({ hasText: 'har registrerats' })).toBeVisible();
  // Not screened yet: nothing to create an application from.
  await expect(carlMain.getByRole('link', { name: 'Skapa ansökan' })).toHaveCount(0);

  // He screens it: investigated, a programme and a call considered, outcome Apply with a reason.
  const programmes = carlMain.getByRole('group', { name: 'Program som passar' });
  await programmes.getByRole('searchbox', { name: 'Filtrera program' }).fill('ESF+');
  await programmes.getByRole('checkbox', { name: /Nationellt program för ESF\+/ }).check();
  // The call finder offers the chosen programme's calls; he finds the open ESF call by part of its title.
  const calls = carlMain.getByRole('group', { name: 'Utlysningar som passar' });
  await calls.getByRole('searchbox', { name: /Hitta utlysning/ }).fill('varken arbet');
  const esfCall = calls.getByRole('option', { name: /ESF-2026-PO2-4: Insatser för unga som varken arbetar eller studerar/ });
  await expect(esfCall).toBeVisible();
  await expect(esfCall).toContainText('Öppen');
  await expect(calls.getByRole('option')).toHaveCount(1);
  await calls.screenshot({ path: 'e2e-artifacts/call-picker-screening.png' });
  await esfCall.click();
  await expect(calls.getByRole('list', { name: 'Vald utlysning' })).toContainText('ESF-2026-PO2-4');
  await carl.getByRole('checkbox', { name: 'Vi har undersökt möjligheterna till EU-finansiering' }).check();
  await carl.getByLabel(/^Utfall/).selectOption({ label: 'Ansök' });
  await carl.getByLabel(/^Motivering/).fill('Utlysningen passar: digital omställning inom välfärden.');
  await expectAccessible(carl, 'screening form filled in');
  await carlMain.getByRole('button', { name: 'Spara screeningen' }).click();
  await expect(carlMain.getByRole('status').filter({ hasText: 'Screeningen har sparats.' })).toBeVisible();
  await expect(carlMain.getByText('Utlysningen passar: digital omställning inom välfärden.')).toBeVisible();
  await expect(carlMain.locator('#screening a[href^="/calls/"]')).toHaveCount(1);
  await expectAccessible(carl, 'screened idea with the create-application link');

  // "Skapa ansökan" opens the new application with the unit and the idea chosen.
  const ideaPath = new URL(carl.url()).pathname;
  const ideaId = ideaPath.split('/').pop()!;
  await carlMain.getByRole('link', { name: 'Skapa ansökan' }).click();
  await expect(carl.getByRole('heading', { level: 1, name: 'Ny ansökan' })).toBeVisible();
  await expect(carl).toHaveURL(new RegExp(`/applications/new\\?unitId=[^&]+&ideaId=${ideaId}$`));
  await expect(carl.getByLabel(/^Enhet/).locator('option:checked')).toContainText('SOC');
  await expect(carl.getByLabel(/^Projektidé/)).toHaveValue(ideaId);
  await expect(carl.getByLabel(/^Projektidé/).locator('option:checked')).toContainText(ideaTitle);
  // It starts with what the idea says: its title, its description as summary, the screening's call.
  await expect(carl.getByLabel(/^Titel/)).toHaveValue(ideaTitle);
  await expect(carl.getByLabel(/^Sammanfattning/)).toHaveValue('Digitala verktyg som gör att äldre kan bo kvar hemma längre.');
  await expect(carlMain.getByRole('list', { name: 'Vald utlysning' })).toContainText('ESF-2026-PO2-4: Insatser för unga');
  await carl.getByLabel(/^Titel/).fill(title);
  await carl.getByLabel(/^Akronym/).fill('DIGHEM');
  await carl.getByLabel(/^Sammanfattning/).fill(summary);
  await carl.getByLabel(/^Från/).fill('2027-01-01');
  await carl.getByLabel(/^Till/).fill('2027-12-31');
  await expectAccessible(carl, 'new application from an idea');
  await carl.getByRole('button', { name: 'Skapa' }).click();
  await expect(carl.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(carlMain.getByRole('status').filter({ hasText: 'har skapats som utkast' })).toBeVisible();
  const applicationPath = new URL(carl.url()).pathname;

  // The municipality leads it, and it gets a budget: it is submitted with one.
  await leadWithBudget(carl, 'Projektledare');
  await carl.goto(applicationPath);
  await expect(carl.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // He approves it for his unit in the step's dialog.
  await takeStep(carl, 'Godkänn för enheten', 'Godkänd av enheten', { Kommentar: 'Enheten står bakom ansökan.' }, 'approve-for-unit dialog');
  await expectAccessible(carl, 'application approved for the unit');
  await carl.context().close();

  // Ada (advisor) finds it, starts the review, clears it and registers the submission.
  const ada = await signedIn(browser, 'ada.advisor');
  const adaMain = ada.getByRole('main');
  await ada.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await ada.getByRole('searchbox', { name: 'Sök' }).fill(title);
  await ada.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = adaMain.getByRole('row').filter({ has: ada.getByRole('link', { name: title }) });
  await expect(row).toContainText('Godkänd av enheten');
  await expectAccessible(ada, 'application list for an advisor');
  await row.getByRole('link', { name: title }).click();
  await expect(ada.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(new URL(ada.url()).pathname).toBe(applicationPath);

  await takeStep(ada, 'Påbörja granskning', 'Granskas');
  await takeStep(ada, 'Klarmarkera för inskickning', 'Klar att skicka in');
  const today = await ada.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await takeStep(ada, 'Registrera inskickning', 'Inskickad', { 'Finansiärens referens': funderReference, 'Inskickad den': today }, 'submit dialog');
  await expect(adaMain.getByText(funderReference)).toBeVisible();
  await expectAccessible(ada, 'submitted application');

  // The submitted version: the content as sent, and its SHA-256.
  await adaMain.getByRole('link', { name: 'Inskickad version' }).click();
  await expect(ada.getByRole('heading', { level: 1, name: `Inskickad version av ${title}` })).toBeVisible();
  await expect(adaMain.getByText(summary)).toBeVisible();
  await expect(adaMain.getByText('DIGHEM')).toBeVisible();
  await expect(adaMain.locator('code.sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expectAccessible(ada, 'submitted version');

  // The timeline: every step, oldest first, with who took it.
  await adaMain.getByRole('link', { name: 'Tillbaka till ansökan' }).click();
  await expect(ada.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const steps = adaMain.getByRole('region', { name: 'Händelser' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Godkänn för enheten: Utkast → Godkänd av enheten');
  await expect(steps.nth(0)).toContainText('Carl Carlsson');
  await expect(steps.nth(0)).toContainText('Enheten står bakom ansökan.');
  await expect(steps.nth(1)).toContainText('Påbörja granskning: Godkänd av enheten → Granskas');
  await expect(steps.nth(1)).toContainText('Ada Ahlström');
  await expect(steps.nth(2)).toContainText('Klarmarkera för inskickning: Granskas → Klar att skicka in');
  await expect(steps.nth(2)).toContainText('Ada Ahlström');
  await expect(steps.nth(3)).toContainText('Registrera inskickning: Klar att skicka in → Inskickad');
  await expect(steps.nth(3)).toContainText('Ada Ahlström');
  await expectAccessible(ada, 'application timeline after submission');
  await ada.context().close();
});
