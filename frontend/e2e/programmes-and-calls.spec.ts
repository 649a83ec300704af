/** An advisor keeps a programme with its rule set and a call that narrows it; a wider rule is refused at its field. */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';

test('an advisor creates a programme and a call that narrows its rules', async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const run = Date.now().toString(36).toUpperCase();
  const code = `E2E-${run}`;
  const name = `E2E-program ${run}`;
  const callTitle = `E2E-utlysning ${run}`;
  const flatRate = (type: string) => page.getByLabel(new RegExp(`^Högsta procentsats: ${type}`));

  await login(page, 'ada.advisor');
  await nav.getByRole('link', { name: 'Program' }).click();
  await expect(main.getByRole('table')).toContainText('ESF-PLUS-SE');
  await expectAccessible(page, 'programme list');

  await main.getByRole('link', { name: 'Nytt program' }).click();
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByLabel(/^Kod/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new programme form with errors');

  await page.getByLabel(/^Kod/).fill(code);
  await page.getByLabel(/^Fond/).selectOption('ESF_PLUS');
  await page.getByLabel(/^Namn/).fill(name);
  await page.getByLabel(/^Förvaltande myndighet/).fill('Svenska ESF-rådet');
  const costs = page.getByRole('group', { name: 'Kostnadsslag' });
  await costs.getByRole('checkbox', { name: 'Personalkostnader' }).check();
  await costs.getByRole('checkbox', { name: 'Resor och logi' }).check();
  await page.getByRole('checkbox', { name: 'Indirekta kostnader på personalkostnader' }).check();
  await flatRate('Indirekta kostnader på personalkostnader').fill('15');
  await page.getByLabel(/^Högsta EU-medfinansiering/).fill('60');
  await page.getByLabel(/^Valutaomräkning/).selectOption('EUR_ONLY');
  await page.getByLabel(/^Rapporteringsperiod/).fill('6');
  await page.getByLabel(/^Arkivering av underlag/).fill('5');
  await page.getByLabel(/^Arkivering vid statsstöd/).fill('10');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(main.getByText(/Indirekta kostnader på personalkostnader: högst 15\s%/)).toBeVisible();
  await expectAccessible(page, 'programme page');

  await nav.getByRole('link', { name: 'Utlysningar' }).click();
  await main.getByRole('link', { name: 'Ny utlysning' }).click();
  await page.getByLabel(/^Program/).selectOption({ label: `${name} (${code})` });
  await page.getByLabel(/^Identifierare/).fill(`${code}-CALL`);
  await page.getByLabel(/^Titel/).fill(callTitle);
  await page.getByLabel(/^Stänger/).fill('2027-03-05T17:00');
  await page.getByRole('checkbox', { name: 'Utlysningen avgränsar programmets regler' }).check();
  await expect(flatRate('Indirekta kostnader på personalkostnader')).toHaveValue('15');
  await flatRate('Indirekta kostnader på personalkostnader').fill('20');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(flatRate('Indirekta kostnader på personalkostnader')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new call form with a too wide rule');

  await flatRate('Indirekta kostnader på personalkostnader').fill('10');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: callTitle })).toBeVisible();
  await expect(main.getByText('Utlysningen har egna regler, snävare än programmets.')).toBeVisible();
  await expect(main.getByText(/Indirekta kostnader på personalkostnader: högst 10\s%/)).toBeVisible();
  await expect(main.getByText(/5 mars 2027.*17:00/).first()).toBeVisible();
  await expectAccessible(page, 'call page with narrowed rules');

  await main.getByRole('link', { name: 'Redigera' }).click();
  await expect(page.getByLabel(/^Stänger/)).toHaveValue('2027-03-05T17:00');
  await expectAccessible(page, 'edit call form');

  await page.goBack();
  await main.getByRole('link', { name: 'Historik' }).click();
  await expect(main.getByRole('table')).toContainText('Skapad');
  await expectAccessible(page, 'call history');

  // A programme with calls cannot be deleted; without them it can.
  await page.goBack();
  await main.getByRole('link', { name: `${name} (${code})` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await main.getByRole('button', { name: 'Ta bort' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('alertdialog').getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'programme delete refused');
  await page.keyboard.press('Escape');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: callTitle })).toBeVisible();
  await main.getByRole('button', { name: 'Ta bort' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utlysningar' })).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'har tagits bort' })).toBeVisible();

  await nav.getByRole('link', { name: 'Program' }).click();
  await main.getByRole('link', { name }).click();
  await main.getByRole('button', { name: 'Ta bort' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'har tagits bort' })).toBeVisible();
});
