/**
 * An auditor (alex) reads the demo project "Studiehandledning på modersmål" without any way to
 * change it, downloads its report as PDF and its audit package, finds both in the project's log
 * of exports, and reads the project's change history.
 */
import { expect, test } from '@playwright/test';
import { signedIn } from './support/auth';
import { expectAccessible } from './support/axe';

const PROJECT = 'Studiehandledning på modersmål med digitala verktyg';

test('an auditor exports a project read-only: the PDF, the audit package, the log of exports and the history', async ({ browser }) => {
  const alex = await signedIn(browser, 'alex.auditor');
  const main = alex.getByRole('main');
  await alex.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Projekt', exact: true }).click();
  await main.getByRole('link', { name: PROJECT }).click();
  await expect(alex.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();

  // Read-only: nothing to start, move, close or archive.
  await expect(main.getByRole('button', { name: /^Påbörja|Flytta sista dag|Avsluta|Arkivera/ })).toHaveCount(0);

  const exports = main.getByRole('region', { name: 'Export för revision' });
  const pdf = alex.waitForEvent('download');
  await exports.getByRole('button', { name: 'Rapport (PDF, svenska)' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe('STUDIEHJ-sv.pdf');
  const pdfBytes = Buffer.concat(await (await pdfFile.createReadStream()).toArray());
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const zip = alex.waitForEvent('download');
  await exports.getByRole('button', { name: 'Revisionspaket (ZIP)' }).click();
  const zipFile = await zip;
  expect(zipFile.suggestedFilename()).toBe('STUDIEHJ-revisionspaket.zip');
  const zipBytes = Buffer.concat(await (await zipFile.createReadStream()).toArray());
  expect(zipBytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const log = exports.getByRole('table', { name: 'Exporter av projektet, senaste först' });
  await expect(log.getByRole('row').filter({ hasText: 'Revisionspaket (sv)' })).toContainText('Alex');
  await expect(log.getByRole('row').filter({ hasText: 'Rapport (PDF, sv)' })).toHaveCount(1);
  await expectAccessible(alex, 'project page for an auditor');

  await main.getByRole('link', { name: 'Historik' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: `Historik: ${PROJECT}` })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Projektets ändringshistorik, senaste först' })).toBeVisible();
  await expectAccessible(alex, 'project history');
  await alex.context().close();
});
