/** What an applicant does not see: no admin or writing actions, no coverage, history or personal data. */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';

test('an applicant sees their unit but no admin actions', async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  // A deep link survives the trip through Keycloak.
  await login(page, 'anna.applicant', '/contacts');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontaktpersoner' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Sökande');
  await expect(nav.getByRole('link', { name: 'Samordnartäckning' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Enheter' }).click();
  await expect(main.getByRole('table')).toContainText('UTB');
  await expect(main.getByRole('table')).not.toContainText('SOC');
  await expect(main.getByRole('link', { name: 'Ny enhet' })).toHaveCount(0);

  await main.getByRole('row').filter({ hasText: 'UTB' }).getByRole('link').first().click();
  await expect(main.getByRole('heading', { level: 2, name: 'Kontaktpersoner' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: 'Ta bort' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Historik' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Ny kontaktperson' })).toHaveCount(0);
  await expectAccessible(page, 'unit page as applicant');

  await nav.getByRole('link', { name: 'Kontaktpersoner' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Kontaktpersoner' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Ny kontaktperson' })).toHaveCount(0);
  const first = main.getByRole('table').getByRole('link').first();
  if (await first.count()) {
    await first.click();
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'Exportera personuppgifter' })).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'Radera personuppgifter' })).toHaveCount(0);
  }

  await page.goto('/units/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await page.goto('/coverage');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expectAccessible(page, 'forbidden page');

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
});
