/** Swedish by default; the switch turns the whole UI and <html lang> to English, and the choice stays. */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';

test('the language switch turns the portal to English', async ({ page }) => {
  await login(page, 'ada.advisor');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Contact persons' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page).toHaveTitle(/EU Project Portal/);

  await nav.getByRole('link', { name: 'Coordinator coverage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coordinator coverage' })).toBeVisible();
  await expect(page.getByText('Active units', { exact: true })).toBeVisible();
  await expectAccessible(page, 'coverage in English');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Coordinator coverage' })).toBeVisible();

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Samordnartäckning' })).toBeVisible();
});

// A rule's code from the server, rendered in the user's language with its figures: the duplicate unit code.
test('a refusal from the server reads in the language the user chose', async ({ page }) => {
  await login(page, 'adam.admin', '/units/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny enhet' })).toBeVisible();
  await page.getByLabel(/^Kod/).fill('SOC');
  await page.getByLabel(/^Namn/).fill('En andra socialförvaltning');
  await page.getByLabel(/^Typ/).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Skapa' }).click();
  const code = page.getByLabel(/^Kod/);
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('En annan enhet har redan koden SOC.')).toBeVisible();
  await expect(page.getByText(/UNIT-001|already has/)).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New unit' })).toBeVisible();
  await page.getByLabel(/^Code/).fill('SOC');
  await page.getByLabel(/^Name/).fill('A second social services');
  await page.getByLabel(/^Type/).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Another unit already has the code SOC.')).toBeVisible();
  await expect(page.getByText(/UNIT-001|redan koden/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
