/** An advisor imports monthly rates from CSV and corrects one; an applicant sees the rates, read only. */
import { expect, test } from '@playwright/test';
import { login, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';

const csv = ['currency;month;unitsPerEur;source', 'NOK;2025-01;11,7290;InforEuro januari 2025', 'NOK;2025-02;11,6745;InforEuro februari 2025', ''].join('\n');

test('an advisor imports rates and corrects one; an applicant reads them', async ({ page, browser }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await login(page, 'ada.advisor');
  await nav.getByRole('link', { name: 'Valutakurser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Valutakurser' })).toBeVisible();
  // The demo data's SEK rates are there, marked as approximate.
  await expect(main.getByRole('table')).toContainText('SEK');
  await expect(main.getByRole('table')).toContainText('inte en InforEuro-kurs');
  await expectAccessible(page, 'exchange rates');

  await main.getByRole('link', { name: 'Importera kurser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera valutakurser' })).toBeVisible();
  // A bad row imports nothing and is named.
  await page.getByLabel(/^CSV-fil/).setInputFiles({
    name: 'trasig.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${csv}EUR;2025-03;1;fel\n`),
  });
  await main.getByRole('button', { name: 'Importera' }).click();
  const errors = main.getByRole('table', { name: /fel i filen/ });
  await expect(errors.getByRole('row').nth(1)).toContainText('3currency');
  await expectAccessible(page, 'exchange rate import errors');

  await page.getByLabel(/^CSV-fil/).setInputFiles({ name: 'kurser.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await main.getByRole('button', { name: 'Importera' }).click();
  const result = main.getByRole('status').filter({ hasText: 'Importen är klar.' });
  await expect(result.getByText('Nya månader').locator('xpath=following-sibling::dd')).toHaveText('2');
  await expectAccessible(page, 'exchange rate import done');

  await main.getByRole('link', { name: 'Till valutakurserna' }).click();
  await page.getByLabel('Valuta', { exact: true }).fill('nok');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const table = main.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('februari 2025');
  await expect(table.getByRole('row').nth(1)).toContainText('11,6745');

  await main.getByRole('link', { name: 'Redigera kursen för NOK januari 2025' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kursen för NOK januari 2025' })).toBeVisible();
  await expectAccessible(page, 'exchange rate form');
  await page.getByLabel(/^NOK per euro/).fill('11,7301');
  await main.getByRole('button', { name: 'Spara' }).click();
  // Back on the list as it was filtered.
  await expect(main.getByRole('status').filter({ hasText: 'Kursen för NOK januari 2025 har sparats.' })).toBeVisible();
  await expect(page).toHaveURL(/currency=NOK/);
  await expect(table.getByRole('row').nth(2)).toContainText('11,7301');

  const applicant = await signedIn(browser, 'anna.applicant');
  const applicantMain = applicant.getByRole('main');
  await applicant.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Valutakurser' }).click();
  await applicant.getByLabel('Valuta', { exact: true }).fill('NOK');
  await applicant.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(applicantMain.getByRole('table')).toContainText('11,7301');
  await expect(applicantMain.getByRole('link', { name: 'Registrera kurs' })).toHaveCount(0);
  await expect(applicantMain.getByRole('link', { name: 'Importera kurser' })).toHaveCount(0);
  await expect(applicantMain.getByRole('table').getByRole('link')).toHaveCount(0);
  await expectAccessible(applicant, 'exchange rates as applicant');
  await applicant.goto('/exchange-rates/import');
  await expect(applicant.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await applicant.context().close();
});
