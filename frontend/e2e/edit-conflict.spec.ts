/** Someone else saves while an advisor edits: the advisor is told, keeps the input, and may overwrite. */
import { expect, test } from '@playwright/test';
import { accessToken, login } from './support/auth';
import { unique } from './support/unique';

test('an edit conflict keeps the input and can overwrite', async ({ page }) => {
  const main = page.getByRole('main');
  const name = unique('E2E Konflikt');
  await login(page, 'ada.advisor');

  await page.goto('/contacts/new');
  await page.getByLabel(/^Enhet/).selectOption({ index: 1 });
  await page.getByLabel(/^Namn/).fill(name);
  await page.getByLabel(/^E-post/).fill(`conflict.${Date.now()}@example.org`);
  await page.getByRole('checkbox', { name: 'Ekonomikontakt' }).check();
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = page.url().split('/').pop()!;

  await main.getByRole('link', { name: 'Redigera' }).click();
  await page.getByLabel(/^Titel/).fill('Min titel');

  // Meanwhile someone else changes the title.
  const token = await accessToken(page);
  const headers = { Authorization: `Bearer ${token}` };
  const current = await (await page.request.get(`/api/v1/contact-persons/${id}`, { headers })).json();
  const changed = await page.request.put(`/api/v1/contact-persons/${id}`, {
    headers: { ...headers, 'If-Match': `"${current.version}"` },
    data: { unitId: current.unitId, name: current.name, email: current.email, roles: current.roles, title: 'Deras titel' },
  });
  expect(changed.status()).toBe(200);

  await page.getByRole('button', { name: 'Spara' }).click();
  const notice = page.getByRole('region', { name: 'Någon annan har ändrat uppgifterna' });
  await expect(notice).toBeVisible();
  await expect(page.getByLabel(/^Titel/)).toHaveValue('Min titel');
  await expect(notice.getByRole('row').filter({ hasText: 'Titel' })).toContainText('Deras titel');

  await notice.getByRole('button', { name: 'Skriv över med mina ändringar' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(main.getByRole('definition').filter({ hasText: 'Min titel' })).toBeVisible();
});
