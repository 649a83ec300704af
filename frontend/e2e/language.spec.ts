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
