/**
 * A first-time applicant's day, led by the portal: Anna (applicant, UTB) starts on her work list, records
 * and screens an idea, creates the application from it (prefilled), finds an open call by typing part of
 * its title, and fills what "Nästa steg" asks until the unit's approval is offered. Maria (UTB's
 * coordinator) finds it on her work list and approves it; Ada (advisor) finds it on hers and starts the
 * review. Nobody searches a list for it.
 */
import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './support/auth';
import { unique } from './support/unique';
import { leadWithBudget, takeStep } from './support/workflow';

/** The work list's item of a kind for a record (a record can wait for several things, e.g. its call closes soon too). */
function workItem(page: Page, title: string, kind: string) {
  return page.getByRole('main').getByRole('region', { name: /^Att göra/ }).getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) }).filter({ hasText: kind });
}

test('an applicant is led from her work list to an application her coordinator and an advisor find on theirs', async ({ browser }) => {
  const ideaTitle = unique('E2E Idé läxhjälp');
  const summary = 'Läxhjälp på modersmål för unga som riskerar att inte ta examen.';

  // Her first screen is her work list.
  const anna = await signedIn(browser, 'anna.applicant');
  const annaMain = anna.getByRole('main');
  await expect(annaMain.getByRole('heading', { level: 2, name: /^Att göra/ })).toBeVisible();

  // She records the idea and screens it: the call finder offers the chosen programme's calls.
  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Projektidéer' }).click();
  await annaMain.getByRole('link', { name: 'Ny projektidé' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Ny projektidé' })).toBeVisible();
  const unit = anna.getByLabel(/^Enhet/);
  await unit.selectOption((await unit.locator('option').filter({ hasText: 'UTB' }).first().getAttribute('value'))!);
  await anna.getByLabel(/^Titel/).fill(ideaTitle);
  await anna.getByLabel(/^Beskrivning/).fill(summary);
  await anna.getByLabel(/^Uppskattad kostnad/).fill('480000');
  await anna.getByRole('button', { name: 'Skapa' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: ideaTitle })).toBeVisible();
  const programmes = annaMain.getByRole('group', { name: 'Program som passar' });
  await programmes.getByRole('searchbox', { name: 'Filtrera program' }).fill('ESF+');
  await programmes.getByRole('checkbox', { name: /Nationellt program för ESF\+/ }).check();
  const calls = annaMain.getByRole('group', { name: 'Utlysningar som passar' });
  await calls.getByRole('searchbox', { name: /Hitta utlysning/ }).fill('unga varken');
  await expect(calls.getByRole('option')).toHaveCount(1);
  await calls.getByRole('option', { name: /ESF-2026-PO2-4/ }).click();
  await anna.getByRole('checkbox', { name: 'Vi har undersökt möjligheterna till EU-finansiering' }).check();
  await anna.getByLabel(/^Utfall/).selectOption({ label: 'Ansök' });
  await anna.getByLabel(/^Motivering/).fill('Utlysningen gäller unga som varken arbetar eller studerar.');
  await annaMain.getByRole('button', { name: 'Spara screeningen' }).click();
  await expect(annaMain.getByRole('status').filter({ hasText: 'Screeningen har sparats.' })).toBeVisible();

  // The application starts with what the idea and its screening say; she adds the period.
  await annaMain.getByRole('link', { name: 'Skapa ansökan' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Ny ansökan' })).toBeVisible();
  await expect(anna.getByLabel(/^Titel/)).toHaveValue(ideaTitle);
  await expect(anna.getByLabel(/^Sammanfattning/)).toHaveValue(summary);
  await expect(annaMain.getByRole('list', { name: 'Vald utlysning' })).toContainText('ESF-2026-PO2-4');
  await anna.getByLabel(/^Från/).fill('2027-01-01');
  await anna.getByLabel(/^Till/).fill('2027-12-31');
  await anna.getByRole('button', { name: 'Skapa' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: ideaTitle })).toBeVisible();
  const applicationPath = new URL(anna.url()).pathname;

  // "Nästa steg" says what the unit's approval still needs; she follows its link to the acronym.
  const next = annaMain.getByRole('region', { name: 'Nästa steg' });
  await expect(next).toContainText('Godkänn för enheten');
  await expect(next).toContainText('Maria Sandberg');
  await expect(next.getByRole('link', { name: 'Ange en akronym för projektet' })).toBeVisible();
  await expect(next.getByRole('link', { name: 'Gör en budget för ansökan' })).toBeVisible();
  await next.getByRole('link', { name: 'Ange en akronym för projektet' }).click();
  await expect(anna.getByLabel(/^Akronym/)).toBeFocused();
  await anna.getByLabel(/^Akronym/).fill('LÄXHJÄLP');
  await anna.getByRole('button', { name: 'Spara' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: ideaTitle })).toBeVisible();
  await expect(next.getByRole('link', { name: 'Ange en akronym för projektet' })).toHaveCount(0);

  // The municipality leads it, and its budget has costs.
  await leadWithBudget(anna, 'Läxhjälpare');

  // Nothing is missing now; the step is her coordinator's.
  await anna.goto(applicationPath);
  await expect(next).toContainText('Allt som steget kräver finns på plats.');
  await expect(next).toContainText('Tas av: Samordnare (Maria Sandberg).');
  await anna.screenshot({ path: 'e2e-artifacts/first-day-1-ready-for-approval.png', fullPage: true });
  await anna.context().close();

  // Maria finds it on her work list and approves it for the unit.
  const maria = await signedIn(browser, 'maria.coordinator');
  const awaiting = workItem(maria, ideaTitle, 'Väntar på enhetens godkännande');
  await expect(awaiting).toContainText('Utbildningskontoret');
  await maria.screenshot({ path: 'e2e-artifacts/first-day-2-coordinator-work-list.png', fullPage: true });
  await awaiting.getByRole('link', { name: ideaTitle, exact: true }).click();
  await expect(maria.getByRole('heading', { level: 1, name: ideaTitle })).toBeVisible();
  await takeStep(maria, 'Godkänn för enheten', 'Godkänd av enheten', { Kommentar: 'Utbildningskontoret står bakom ansökan.' });
  await maria.context().close();

  // Ada finds it on her work list, waiting for review, and starts it.
  const ada = await signedIn(browser, 'ada.advisor');
  const review = workItem(ada, ideaTitle, 'Väntar på granskning');
  await expect(review).toContainText('Utbildningskontoret');
  await review.getByRole('link', { name: ideaTitle, exact: true }).click();
  expect(new URL(ada.url()).pathname).toBe(applicationPath);
  await takeStep(ada, 'Påbörja granskning', 'Granskas');
  await ada.screenshot({ path: 'e2e-artifacts/first-day-3-advisor-reviewing.png', fullPage: true });
  await ada.context().close();
});
