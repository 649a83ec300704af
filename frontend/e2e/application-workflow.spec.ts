/**
 * An applicant (anna, unit UTB) creates an application for a call and attaches a file; an advisor
 * (ada) finds it, is offered exactly the steps the server allows (no approving for a unit: that is
 * the unit's coordinator's) and writes an internal note; the applicant sees the application but
 * not the note. Each person signs in in a browser context of their own.
 * Needs the applications API (applications, transitions, attachments, comments) in the backend.
 */
import { expect, test } from '@playwright/test';
import { accessToken, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

/** The Swedish button labels of the workflow steps, as the SPA shows them. */
const ACTION_LABELS: Record<string, string> = {
  APPROVE_FOR_UNIT: 'Godkänn för enheten',
  RETURN_FOR_CHANGES: 'Skicka tillbaka för ändring',
  START_REVIEW: 'Påbörja granskning',
  CLEAR_FOR_SUBMISSION: 'Klarmarkera för inskickning',
  SUBMIT: 'Registrera inskickning',
  RECORD_GRANT: 'Registrera beviljande',
  RECORD_REJECTION: 'Registrera avslag',
  WITHDRAW: 'Återta ansökan',
};

test('an applicant drafts an application with an attachment; an advisor reviews it and writes an internal note', async ({ browser }) => {
  const title = unique('E2E Ansökan sommarskola');
  const note = unique('Intern anteckning: kontrollera budgeten');

  // Anna (applicant, UTB) creates the draft for the first call and attaches a small text file.
  const anna = await signedIn(browser, 'anna.applicant');
  const annaMain = anna.getByRole('main');
  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Ansökningar' })).toBeVisible();
  await expectAccessible(anna, 'application list');

  await annaMain.getByRole('link', { name: 'Ny ansökan' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Ny ansökan' })).toBeVisible();
  await expect(anna.getByLabel(/^Enhet/).locator('option:checked')).toContainText('UTB');
  await anna.getByRole('button', { name: 'Skapa' }).click();
  await expect(anna.getByLabel(/^Titel/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(anna, 'new application form with errors');

  // Among the demo's 423 calls she finds the open ERDF call by typing part of its title.
  const callPicker = annaMain.getByRole('group', { name: /^Utlysning/ });
  await callPicker.getByRole('searchbox', { name: /Hitta utlysning/ }).fill('hållbar stadsutv');
  const erdfCall = callPicker.getByRole('option', { name: /ERUF-STHLM-2026-3: Hållbar stadsutveckling/ });
  await expect(erdfCall).toBeVisible();
  // The server's search has answered (the nearest deadline alone would show this call first too).
  await expect(callPicker.getByRole('option')).toHaveCount(1);
  await callPicker.screenshot({ path: 'e2e-artifacts/call-picker-new-application.png' });
  await erdfCall.click();
  await expect(callPicker.getByRole('list', { name: 'Vald utlysning' })).toContainText('ERUF-STHLM-2026-3');
  await anna.getByLabel(/^Titel/).fill(title);
  await anna.getByLabel(/^Akronym/).fill('SOMMAT');
  await anna.getByLabel(/^Sammanfattning/).fill('Lovskola i matematik för elever i årskurs 7–9.');
  await anna.getByRole('button', { name: 'Lägg till arbetspaket' }).click();
  const workPackage = anna.getByRole('group', { name: 'Arbetspaket 1' });
  await workPackage.getByLabel(/^Rubrik/).fill('Förberedelser');
  await workPackage.getByLabel(/^Aktiviteter/).fill('Rekrytera lärare\nBoka lokaler');
  await workPackage.getByLabel(/^Leveranser/).fill('Kursplan');
  await expectAccessible(anna, 'new application form filled in');
  await anna.getByRole('button', { name: 'Skapa' }).click();

  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(annaMain.getByRole('status').filter({ hasText: 'har skapats som utkast' })).toBeVisible();
  const applicationUrl = new URL(anna.url()).pathname;

  await anna.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'bilaga.txt', mimeType: 'text/plain', buffer: Buffer.from('Budgetbilaga för sommarskolan.\n') });
  await annaMain.getByRole('button', { name: 'Ladda upp' }).click();
  await expect(annaMain.getByRole('status').filter({ hasText: 'Filen bilaga.txt har laddats upp.' })).toBeVisible();
  await expect(annaMain.getByRole('button', { name: 'Ladda ner bilaga.txt' })).toBeVisible();
  await expectAccessible(anna, 'application draft with attachment');

  // The list finds it by its call's deadline (kept in the address) and shows that deadline.
  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await anna.getByRole('searchbox', { name: 'Sök' }).fill(title);
  const closesBefore = anna.getByLabel('Sista ansökningsdag före');
  await closesBefore.fill('2000-01-01');
  await anna.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(annaMain.getByRole('status').filter({ hasText: /^0 träffar$/ })).toBeVisible();
  await closesBefore.fill('2100-01-01');
  await anna.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(anna).toHaveURL(/callClosesBefore=2100-01-01/);
  const listed = annaMain.getByRole('row').filter({ has: anna.getByRole('link', { name: title }) });
  await expect(listed.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expectAccessible(anna, 'application list filtered by call deadline');
  await anna.context().close();

  // Ada (advisor) finds it and is offered exactly what the server allows: not approving for the unit.
  const ada = await signedIn(browser, 'ada.advisor');
  const adaMain = ada.getByRole('main');
  await ada.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await ada.getByRole('searchbox', { name: 'Sök' }).fill(title);
  await ada.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = adaMain.getByRole('row').filter({ has: ada.getByRole('link', { name: title }) });
  await expect(row).toContainText('Utkast');
  await row.getByRole('link', { name: title }).click();
  await expect(ada.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const token = await accessToken(ada);
  const view = await (await ada.request.get(`/api/v1${applicationUrl}`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const workflow = adaMain.getByRole('region', { name: 'Åtgärder' });
  const offered = await workflow.getByRole('button').allTextContents();
  expect(offered.sort()).toEqual((view.allowedActions as string[]).map((action) => ACTION_LABELS[action]).sort());
  await expect(workflow.getByRole('button', { name: 'Godkänn för enheten' })).toHaveCount(0);
  await expect(adaMain.getByRole('button', { name: 'Ladda ner bilaga.txt' })).toBeVisible();

  const comments = adaMain.getByRole('region', { name: 'Kommentarer' });
  await comments.getByLabel(/^Ny kommentar/).fill(note);
  await comments.getByRole('checkbox', { name: /Intern anteckning/ }).check();
  await comments.getByRole('button', { name: 'Skicka kommentar' }).click();
  await expect(comments.getByRole('status').filter({ hasText: 'Kommentaren har sparats.' })).toBeVisible();
  await expect(comments.getByRole('listitem').filter({ hasText: note })).toContainText('Intern');
  await expectAccessible(ada, 'application seen by an advisor, with an internal note');
  await ada.context().close();

  // Anna sees the application, but not the internal note, and may not write one.
  const annaAgain = await signedIn(browser, 'anna.applicant');
  await annaAgain.goto(applicationUrl);
  await expect(annaAgain.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const annaComments = annaAgain.getByRole('main').getByRole('region', { name: 'Kommentarer' });
  await expect(annaComments.getByLabel(/^Ny kommentar/)).toBeVisible();
  await expect(annaComments.getByText(note)).toHaveCount(0);
  await expect(annaComments.getByRole('checkbox', { name: /Intern anteckning/ })).toHaveCount(0);
  await annaAgain.context().close();
});
