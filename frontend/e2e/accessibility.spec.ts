/** axe on every page of the SPA, signed out and as an admin (who sees every page and action). */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

test('the landing page is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectAccessible(page, 'landing page');
});

// Every page an admin sees, in three walks (one walk took longer than a test's 90 s on a loaded machine).
test.describe('every page an admin sees is accessible', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, 'adam.admin');
  });

  test('units and contact persons', async ({ page }) => {
    const main = page.getByRole('main');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expectAccessible(page, 'home');

    await nav.getByRole('link', { name: 'Enheter' }).click();
    await expect(main.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'unit list');

    await main.getByRole('link', { name: 'Ny enhet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny enhet' })).toBeVisible();
    await expectAccessible(page, 'new unit form');
    await page.getByRole('button', { name: 'Skapa' }).click();
    await expect(page.getByLabel(/^Kod/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'new unit form with errors');

    await nav.getByRole('link', { name: 'Enheter' }).click();
    await page.getByRole('searchbox', { name: 'Sök' }).fill('SOC');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await main.getByRole('row').filter({ hasText: 'SOC' }).getByRole('link').first().click();
    await expect(main.getByRole('heading', { level: 2, name: 'Kontaktpersoner' })).toBeVisible();
    await expectAccessible(page, 'unit page');

    await main.getByRole('button', { name: 'Ta bort' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'delete unit dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    await main.getByRole('link', { name: 'Historik' }).click();
    await expect(main.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'unit history');
    await page.goBack();

    await main.getByRole('link', { name: 'Redigera' }).click();
    await expect(page.getByLabel(/^Namn/)).not.toHaveValue('');
    await expectAccessible(page, 'edit unit form');

    await nav.getByRole('link', { name: 'Kontaktpersoner' }).click();
    await expect(main.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'contact list');

    await main.getByRole('link', { name: 'Ny kontaktperson' }).click();
    await expectAccessible(page, 'new contact form');
    const name = unique('E2E Tillgänglig');
    await page.getByLabel(/^Enhet/).selectOption({ index: 1 });
    await page.getByLabel(/^Namn/).fill(name);
    await page.getByLabel(/^E-post/).fill(`a11y.${Date.now()}@example.org`);
    await page.getByRole('checkbox', { name: 'EU-projektledare' }).check();
    await page.getByRole('button', { name: 'Skapa' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectAccessible(page, 'contact page');

    await main.getByRole('button', { name: 'Radera personuppgifter' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'erasure dialog');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    await main.getByRole('link', { name: 'Redigera' }).click();
    await expect(page.getByLabel(/^Namn/)).toHaveValue(name);
    await expectAccessible(page, 'edit contact form');
    await page.getByLabel(/^Titel/).fill('Projektledare');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await main.getByRole('link', { name: 'Historik' }).click();
    await expect(main.getByRole('table')).toContainText('Projektledare');
    await expectAccessible(page, 'contact history');
  });

  test('coverage, screening, programmes and the partner register', async ({ page }) => {
    const main = page.getByRole('main');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Samordnartäckning' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Enheter utan aktiv samordnare' })).toBeVisible();
    await expectAccessible(page, 'coverage');

    await nav.getByRole('link', { name: 'Screeningsgrad' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Screeningsgrad' })).toBeVisible();
    await expect(main.getByRole('table').or(main.getByText(/Inga projektidéer registrerades/))).toBeVisible();
    await expectAccessible(page, 'screening rate');

    await nav.getByRole('link', { name: 'Program' }).click();
    await main.getByRole('table').getByRole('link').first().click();
    await main.getByRole('link', { name: 'Redigera' }).click();
    await expect(page.getByLabel(/^Kod/)).not.toHaveValue('');
    await expectAccessible(page, 'edit programme form');

    await nav.getByRole('link', { name: 'Partner', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerregister' })).toBeVisible();
    await expect(main.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'partner register');

    await main.getByRole('searchbox', { name: 'Sök' }).fill('Södertälje');
    await main.getByRole('button', { name: 'Sök', exact: true }).click();
    await main.getByRole('link', { name: 'Södertälje kommun', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Södertälje kommun' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Ansökningar med kommunen' }).getByRole('table')).toBeVisible();
    await expectAccessible(page, 'organisation page');

    await main.getByRole('link', { name: 'Historik' }).click();
    await expect(main.getByRole('table').or(main.getByText('Ingen historik finns.'))).toBeVisible();
    await expectAccessible(page, 'organisation history');
    await page.goBack();

    await main.getByRole('link', { name: 'Redigera' }).click();
    await expect(page.getByLabel(/^Juridiskt namn/)).toHaveValue('Södertälje kommun');
    await expectAccessible(page, 'edit organisation form');

    await nav.getByRole('link', { name: 'Partner', exact: true }).click();
    await main.getByRole('link', { name: 'Ny organisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny organisation' })).toBeVisible();
    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    await page.getByRole('button', { name: 'Skapa' }).click();
    await expect(page.getByLabel(/^Juridiskt namn/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'new organisation form with errors');

    await nav.getByRole('link', { name: 'Partner', exact: true }).click();
    await main.getByRole('link', { name: 'Importera organisationer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importera organisationer' })).toBeVisible();
    await expectAccessible(page, 'organisation import');

    await nav.getByRole('link', { name: 'Partner', exact: true }).click();
    await main.getByRole('link', { name: 'Nätverk och vänorter' }).click();
    await expect(main.getByRole('region', { name: 'Nätverk' }).getByRole('link', { name: 'EFFEKNET' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Vänorter' }).getByRole('link', { name: '无锡市人民政府' })).toBeVisible();
    await expectAccessible(page, 'networks and twin towns');
  });

  test('partner searches, a budget, notifications and a missing page', async ({ page }) => {
    const main = page.getByRole('main');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Partnersökningar' }).click();
    await expect(main.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'partner search list');

    await main.getByRole('link', { name: 'Partner till Gröna skolgårdar' }).first().click();
    await expect(main.getByRole('list', { name: 'Matchande organisationer, bäst först' })).toBeVisible();
    await expect(main.getByRole('form', { name: 'Registrera en intresseanmälan' })).toBeVisible();
    await expectAccessible(page, 'partner search page');

    await nav.getByRole('link', { name: 'Partnersökningar' }).click();
    await main.getByRole('link', { name: 'Ny partnersökning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny partnersökning' })).toBeVisible();
    await expectAccessible(page, 'new partner search form');

    await nav.getByRole('link', { name: 'Ansökningar' }).click();
    await main.getByRole('searchbox', { name: 'Sök' }).fill('Gröna skolgårdar');
    await main.getByRole('button', { name: 'Sök', exact: true }).click();
    await main.getByRole('link', { name: 'Gröna skolgårdar för ett förändrat klimat' }).click();
    await main.getByRole('region', { name: 'Budget', exact: true }).getByRole('link', { name: 'Öppna budgeten' }).click();
    await expect(main.getByRole('table', { name: /^Södertälje kommun: kostnader per kategori och period/ })).toBeVisible();
    await expectAccessible(page, 'budget page');

    await page.getByRole('banner').getByRole('link', { name: /^Aviseringar/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
    await expect(main.getByRole('list', { name: 'Aviseringar' }).or(main.getByText('Du har inga aviseringar.'))).toBeVisible();
    await expectAccessible(page, 'notifications');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
    await expectAccessible(page, 'not found');
  });
});
