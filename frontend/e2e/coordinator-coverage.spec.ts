/** A coordinator closes the coverage gap of their unit: SOC lacks an international coordinator until one is added. */
import { expect, test, type Page } from '@playwright/test';
import { accessToken, login } from './support/auth';
import { unique } from './support/unique';

function socRow(page: Page) {
  return page.locator('#uncovered-units tbody tr').filter({ has: page.getByRole('cell', { name: 'SOC', exact: true }) });
}

/** On a re-run against the same database, remove the coordinators earlier runs added to SOC. */
async function removeEarlierE2eCoordinators(page: Page) {
  const token = await accessToken(page);
  const headers = { Authorization: `Bearer ${token}` };
  const list = await page.request.get('/api/v1/contact-persons', {
    headers,
    params: { q: 'E2E Samordnare', role: 'INTERNATIONAL_COORDINATOR', size: 200 },
  });
  expect(list.ok()).toBeTruthy();
  for (const item of (await list.json()).items as { id: string; unitCode: string; version: number }[]) {
    if (item.unitCode !== 'SOC') continue;
    const removed = await page.request.delete(`/api/v1/contact-persons/${item.id}`, { headers: { ...headers, 'If-Match': `"${item.version}"` } });
    expect(removed.status()).toBe(204);
  }
}

test('a coordinator adds the missing international coordinator of their unit', async ({ page }) => {
  const name = unique('E2E Samordnare');
  const email = `e2e.${Date.now()}@example.org`;

  await login(page, 'carl.coordinator');
  await removeEarlierE2eCoordinators(page);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samordnartäckning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samordnartäckning' })).toBeVisible();
  await expect(socRow(page)).toHaveCount(1);

  await socRow(page).getByRole('link', { name: /Lägg till samordnare/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny kontaktperson' })).toBeVisible();
  await expect(page.getByLabel(/^Enhet/)).toHaveValue(/.+/);
  await expect(page.getByLabel(/^Enhet/).locator('option:checked')).toContainText('SOC');
  await expect(page.getByRole('checkbox', { name: 'Samordnare för internationella frågor' })).toBeChecked();

  await page.getByLabel(/^Namn/).fill(name);
  await page.getByLabel(/^Titel/).fill('Samordnare för internationella frågor');
  await page.getByLabel(/^E-post/).fill(email);
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'har lagts till' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontaktpersoner' }).click();
  await page.getByRole('searchbox', { name: 'Sök' }).fill(name);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(email);
  await expect(row).toContainText('Samordnare för internationella frågor');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samordnartäckning' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Enheter utan aktiv samordnare' })).toBeVisible();
  await expect(socRow(page)).toHaveCount(0);
});
