/**
 * An application's team and the notification it sends: an advisor (ada, International Office) signs
 * in once, so that the portal knows her; an applicant (anna, UTB) drafts an application and adds
 * ada to its team, chosen by name; ada signs in through Keycloak's login page, sees the unread
 * notification in the header, follows it to the application (which marks it read) and finds
 * herself on the team; anna then takes her off the team after confirming. An auditor sees the
 * team but cannot change it. Each person has a browser context of their own.
 */
import { expect, test } from '@playwright/test';
import { signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

const ADA = 'Ada Ahlström';

test('an applicant adds a colleague to the team; the colleague is notified and follows the notification to the application', async ({ browser }) => {
  const title = unique('E2E Ansökan team');

  // Only people who have signed in at least once can be added.
  const adaFirst = await signedIn(browser, 'ada.advisor');
  await adaFirst.context().close();

  // Anna drafts the application and adds Ada to its team.
  const anna = await signedIn(browser, 'anna.applicant');
  const annaMain = anna.getByRole('main');
  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await annaMain.getByRole('link', { name: 'Ny ansökan' }).click();
  await expect(anna.getByLabel(/^Enhet/).locator('option:checked')).toContainText('UTB');
  await anna.getByLabel(/^Titel/).fill(title);
  await anna.getByRole('button', { name: 'Skapa' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const applicationPath = new URL(anna.url()).pathname;

  const team = annaMain.getByRole('region', { name: 'Team' });
  await expect(team.getByText('Ingen har lagts till i teamet ännu.')).toBeVisible();
  const person = team.getByLabel(/^Person/);
  await expect(person.locator('option', { hasText: ADA })).toHaveCount(1);
  await team.getByRole('button', { name: 'Lägg till' }).click();
  await expect(person).toHaveAttribute('aria-invalid', 'true');
  await person.selectOption({ label: `${ADA} (ada.advisor@example.org)` });
  await team.getByRole('button', { name: 'Lägg till' }).click();
  await expect(team.getByRole('status').filter({ hasText: `${ADA} har lagts till i teamet` })).toBeVisible();
  const adaRow = team.getByRole('row').filter({ hasText: ADA });
  await expect(adaRow).toContainText('Anna Andersson');
  // Already on the team: no longer offered.
  await expect(person.locator('option', { hasText: ADA })).toHaveCount(0);
  await expectAccessible(anna, 'application team with a member added');

  // Ada signs in through the real login page and sees the notification in the header.
  const ada = await signedIn(browser, 'ada.advisor');
  const bell = ada.getByRole('banner').getByRole('link', { name: /^Aviseringar, \d+ olästa? aviseringa?r?$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(ada.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
  const notice = ada.getByRole('main').getByRole('listitem').filter({ hasText: title });
  await expect(notice).toContainText('Oläst');
  await expect(notice).toContainText('Tillagd i ett ansökningsteam');
  await expectAccessible(ada, 'notifications with an unread one');

  // Following it opens the application and marks the notification read.
  await notice.getByRole('link', { name: title }).click();
  await expect(ada.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(new URL(ada.url()).pathname).toBe(applicationPath);
  await expect(ada.getByRole('main').getByRole('region', { name: 'Team' }).getByRole('row').filter({ hasText: ADA })).toBeVisible();
  await expect(ada.getByRole('banner').getByRole('link', { name: 'Aviseringar', exact: true })).toBeVisible();
  await ada.getByRole('banner').getByRole('link', { name: 'Aviseringar', exact: true }).click();
  const read = ada.getByRole('main').getByRole('listitem').filter({ hasText: title });
  await expect(read).toContainText('Läst');
  await expect(read.getByRole('button', { name: 'Markera som läst' })).toHaveCount(0);

  // Her reminders: call deadlines in the daily digest, kept after a reload.
  const calls = ada.getByRole('main').getByRole('group', { name: 'Utlysningar som stänger' });
  await calls.getByRole('radio', { name: 'Daglig sammanfattning' }).check();
  await ada.getByRole('button', { name: 'Spara påminnelser' }).click();
  await expect(ada.getByRole('status').filter({ hasText: 'Dina val för påminnelser har sparats.' })).toBeVisible();
  await ada.reload();
  await expect(calls.getByRole('radio', { name: 'Daglig sammanfattning' })).toBeChecked();
  await expect(ada.getByRole('main').getByRole('group', { name: 'Rapporter som ska lämnas' }).getByRole('radio', { name: 'Direkt' })).toBeChecked();
  await ada.context().close();

  // An auditor sees the team but cannot change it.
  const alex = await signedIn(browser, 'alex.auditor');
  await alex.goto(applicationPath);
  const alexTeam = alex.getByRole('main').getByRole('region', { name: 'Team' });
  await expect(alexTeam.getByRole('row').filter({ hasText: ADA })).toBeVisible();
  await expect(alexTeam.getByRole('button')).toHaveCount(0);
  await expect(alexTeam.getByLabel(/^Person/)).toHaveCount(0);
  await alex.context().close();

  // Anna takes Ada off the team after confirming.
  await adaRow.getByRole('button', { name: `Ta bort ${ADA}` }).click();
  const dialog = anna.getByRole('alertdialog', { name: `Ta bort ${ADA} från teamet?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(anna, 'remove team member dialog');
  await dialog.getByRole('button', { name: 'Ta bort' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(team.getByRole('status').filter({ hasText: `${ADA} har tagits bort från teamet.` })).toBeVisible();
  await expect(team.getByText('Ingen har lagts till i teamet ännu.')).toBeVisible();
  await anna.context().close();
});
