/**
 * An admin finds what is held under the e-mail of someone in no register of contact persons (here a partner
 * organisation's contact person), hands it out as the readable page and erases it.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { accessToken, login } from './support/auth';
import { unique } from './support/unique';

test('an admin exports and erases the personal data held under an e-mail', async ({ page }) => {
  await login(page, 'adam.admin');
  const tag = unique('pde').replace(/\s+/g, '-').toLowerCase();
  const email = `${tag}@example.se`;
  const name = `Petra Partner ${tag}`;
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  const created = await page.request.post('/api/v1/partners', {
    headers,
    data: { legalName: `Personuppgiftskommun ${tag}`, country: 'FI', type: 'MUNICIPALITY', contacts: [{ name, role: 'EU-samordnare', email }] },
  });
  expect(created.status()).toBe(201);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personuppgifter per e-post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personuppgifter per e-post' })).toBeVisible();
  const search = page.getByRole('search', { name: 'Sök personuppgifter per e-post' });
  await search.getByRole('textbox', { name: /^E-post/ }).fill(email);
  await search.getByRole('button', { name: 'Sök' }).click();

  const held = page.getByRole('table', { name: `Uppgifter under ${email}` });
  await expect(held.getByRole('row', { name: /Kontaktperson hos partnerorganisation/ })).toContainText('1');
  await expect(held.getByRole('row', { name: /Anmälningar till evenemang som gäst/ })).toContainText('0');
  await page.screenshot({ path: test.info().outputPath('personal-data-by-email.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera som läsbar sida (HTML)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^personuppgifter-.*\.html$/);
  const html = await readFile(await download.path(), 'utf8');
  expect(html).toContain(`<h1>Personuppgifter om ${email}</h1>`);
  expect(html).toContain(name);

  await page.getByRole('button', { name: 'Radera personuppgifter' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Radera allt som är sparat under ${email}?` });
  await expect(dialog).toContainText('Åtgärden kan inte ångras.');
  await dialog.getByRole('checkbox', { name: 'Jag förstår att uppgifterna inte kan återställas.' }).check();
  await dialog.getByRole('button', { name: 'Radera permanent' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Raderat: 0 anmälningar till evenemang och 1 poster i andra register.' })).toBeVisible();
  await expect(page.getByText(`Ingenting är sparat under ${email}.`)).toBeVisible();
  await expect(held.getByRole('row', { name: /Kontaktperson hos partnerorganisation/ })).toContainText('0');
});
