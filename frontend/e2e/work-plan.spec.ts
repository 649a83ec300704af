/**
 * The International Office's work plan (issue 20): an advisor records next year's financing, writes
 * the plan with an indicator bound to the office's project-financed share, records the T1 follow-up
 * and downloads the board report, whose text holds the goal and the computed figure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';

test('an advisor writes the plan with a bound indicator, follows up T1 and downloads the board report', async ({ page }) => {
  // Next year: the demo data holds this year's plan already.
  const year = new Date().getFullYear() + 1;
  await login(page, 'ada.advisor');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Arbetsplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Arbetsplan' })).toBeVisible();
  await page.getByLabel('År', { exact: true }).selectOption(String(year));

  // The financing first: 1 000 000 of 4 000 000 is project-financed, 25 %.
  await page.getByRole('button', { name: 'Lägg in finansieringen' }).click();
  await page.getByLabel('Kommunbidrag (kr)').fill('2500000');
  await page.getByLabel('Bolagsbidrag (kr)').fill('500000');
  await page.getByLabel('Projektintäkter (kr)').fill('1000000');
  await page.getByLabel('Mål för projektfinansierad andel (%)').fill('40');
  await page.getByRole('button', { name: 'Spara finansieringen' }).click();
  await expect(page.getByTestId('project-financed-share')).toHaveText(/25\s%\s\(mål 40\s%\)/);

  await expect(page.getByRole('heading', { name: `Ny arbetsplan för ${year}` })).toBeVisible();
  await page.getByLabel('Målet', { exact: true }).fill('Utvecklingsarbetet finansieras med EU-medel');
  await page.getByLabel('Mål i Mål och Budget som målet tjänar').fill('Kommunen har en god ekonomisk hushållning');
  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await page.getByLabel('Aktivitet', { exact: true }).fill('Genomgång av nämndernas verksamhetsplaner');
  await page.getByLabel('Ansvarig', { exact: true }).fill('Ada Ahlström');
  await page.getByRole('button', { name: 'Lägg till indikator' }).click();
  await page.getByLabel('Indikator', { exact: true }).fill('Projektfinansierad andel');
  await page.getByLabel('Värdet', { exact: true }).selectOption({ label: 'Kontorets projektfinansierade andel' });
  await page.getByLabel('Mål för året', { exact: true }).fill('40');
  await expectAccessible(page, 'work plan editor');
  await page.getByRole('button', { name: 'Spara arbetsplanen' }).click();

  await expect(page.getByRole('heading', { level: 2, name: `Arbetsplan ${year}` })).toBeVisible();
  await expect(page.getByText('Projektfinansierad andel: Mål för året 40 %')).toBeVisible();
  await page.getByLabel('Status: Genomgång av nämndernas verksamhetsplaner').selectOption({ label: 'Enligt plan' });
  await page.getByLabel('Kommentar: Genomgång av nämndernas verksamhetsplaner').fill('Sex av nio nämnder klara');
  await page.getByRole('button', { name: 'Spara uppföljningen' }).click();

  const indicators = page.getByRole('table', { name: 'Indikatorer' });
  await expect(indicators.getByRole('row').filter({ hasText: 'Projektfinansierad andel' })).toContainText('25 %');
  await expect(page.getByRole('img', { name: 'Bundna indikatorer för Utvecklingsarbetet finansieras med EU-medel' })).toBeVisible();
  await expectAccessible(page, 'work plan follow-up');
  await page.screenshot({ path: 'test-results/work-plan-follow-up.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rapport till nämnden (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`arbetsplan-${year}-t1-sv.pdf`);
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  const path = join(mkdtempSync(join(tmpdir(), 'work-plan-')), 'board-report.pdf');
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain(`Arbetsplan ${year} – uppföljning T1`);
  expect(text).toContain('Utvecklingsarbetet finansieras med EU-medel');
  expect(text).toContain('Enligt plan');
  expect(text).toMatch(/Projektfinansierad andel[\s\S]*40 %[\s\S]*25 %/);
});
