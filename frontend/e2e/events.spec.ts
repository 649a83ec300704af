/**
 * Trainings and events (issue 21): ada (advisor) creates a training for the EU project managers' network in the
 * form; anna (applicant, on a running project's team, so in the network) finds it in the month's calendar,
 * registers and downloads its calendar file, which holds the training in Swedish time; ada then finds the demo
 * contacts registered as EU project managers in the network directory. Needs DEMO_DATA.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

const SHOTS = 'e2e-artifacts';

test('an advisor creates a training for the network, a project manager registers and gets the calendar file', async ({ browser }) => {
  test.setTimeout(240_000);
  const title = unique('EU-budget för projektledare');
  // A day about five weeks ahead (a weekday is not needed), 09:00–12:00 Swedish time.
  const day = new Date(Date.now() + 35 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const month = day.slice(0, 7);

  const ada = await signedIn(browser, 'ada.advisor');
  await ada.goto('/events');
  await ada.getByRole('button', { name: 'Skapa utbildning eller träff' }).click();
  await ada.getByLabel('Rubrik').fill(title);
  await ada.getByLabel('Slag').selectOption({ label: 'Utbildning' });
  await ada.getByLabel('Börjar').fill(`${day}T09:00`);
  await ada.getByLabel('Slutar').fill(`${day}T12:00`);
  await ada.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal Mälaren');
  await ada.getByLabel('Målgrupp').selectOption({ label: 'EU-projektledarnätverket' });
  await ada.getByLabel('Arrangör').fill('Internationella kontoret');
  await ada.getByLabel('Antal platser').fill('12');
  await expectAccessible(ada, 'event form');
  await ada.getByRole('button', { name: 'Skapa utbildning eller träff' }).last().click();
  await expect(ada.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(ada.getByText('EU-projektledarnätverket')).toBeVisible();
  await expect(ada.getByText('0 av 12 platser tagna, 0 på väntelistan')).toBeVisible();

  const anna = await signedIn(browser, 'anna.applicant');
  await anna.goto(`/events?month=${month}`);
  await expect(anna.getByRole('table', { name: /Kalender för/ })).toBeVisible();
  await expectAccessible(anna, 'events calendar');
  await anna.screenshot({ path: `${SHOTS}/events-0-calendar.png`, fullPage: true });
  await anna.getByRole('table', { name: /Kalender för/ }).getByRole('link', { name: `09:00 ${title}` }).click();
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anna.getByText('Du är inte anmäld.')).toBeVisible();
  await anna.getByRole('button', { name: 'Anmäl mig' }).click();
  await expect(anna.getByText('Du är anmäld och har en plats.')).toBeVisible();
  await expect(anna.getByText('1 av 12 platser tagna, 0 på väntelistan')).toBeVisible();
  await expectAccessible(anna, 'event page');
  await anna.screenshot({ path: `${SHOTS}/events-1-registered.png`, fullPage: true });

  const download = anna.waitForEvent('download');
  await anna.getByRole('button', { name: 'Ladda ner kalenderfil' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const ics = (await readFile((await file.path()) as string, 'utf8')).replace(/\r\n /g, '');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(`DTSTART;TZID=Europe/Stockholm:${day.replaceAll('-', '')}T090000`);
  expect(ics).toContain(`DTEND;TZID=Europe/Stockholm:${day.replaceAll('-', '')}T120000`);
  expect(ics).toContain(`SUMMARY:${title}`);

  // The advisor sees her in the participant list.
  await ada.reload();
  await expect(ada.getByRole('table', { name: 'Anmälda deltagare' }).getByText('Anna Andersson')).toBeVisible();
  await ada.screenshot({ path: `${SHOTS}/events-2-participants.png`, fullPage: true });

  // The network meeting's audience: the directory of the EU project managers, built from roles and teams.
  await ada.goto('/network');
  await expect(ada.getByRole('table', { name: 'EU-projektledare' })).toBeVisible();
  await expect(ada.getByRole('table', { name: 'EU-projektledare' }).getByText('Eva Lindqvist')).toBeVisible();
  await expectAccessible(ada, 'network directory');
  await ada.screenshot({ path: `${SHOTS}/events-3-network.png`, fullPage: true });
});
