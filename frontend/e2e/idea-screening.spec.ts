/**
 * An applicant records a project idea for their unit, cannot close it unscreened, screens it
 * (choosing a programme) and closes it. Needs the ideas API (GET/POST /ideas, PUT /ideas/{id}/screening,
 * POST /ideas/{id}/close) in the backend.
 */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

test('an applicant records, screens and closes a project idea', async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const title = unique('E2E Sommarskola');

  await login(page, 'anna.applicant');
  await expect(nav.getByRole('link', { name: 'Screeningsgrad' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Projektidéer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projektidéer' })).toBeVisible();
  await expectAccessible(page, 'idea list');

  await main.getByRole('link', { name: 'Ny projektidé' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny projektidé' })).toBeVisible();
  await expect(page.getByLabel(/^Enhet/).locator('option:checked')).toContainText('UTB');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByLabel(/^Titel/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new idea form with errors');
  await page.getByLabel(/^Titel/).fill(title);
  await page.getByLabel(/^Beskrivning/).fill('Lovskola i matematik för elever i årskurs 7–9, med digitala verktyg.');
  await page.getByLabel(/^Uppskattad kostnad/).fill('450000');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'har registrerats' })).toBeVisible();

  // Not screened yet: closing is refused and points to the screening form.
  await main.getByRole('button', { name: 'Stäng idén' }).click();
  const refusal = main.getByRole('alert').filter({ hasText: 'En projektidé måste screenas innan den stängs.' });
  await expect(refusal).toBeVisible();
  await expectAccessible(page, 'idea page, closing refused');
  await refusal.getByRole('link', { name: 'Gå till screeningen' }).click();

  const programmes = main.getByRole('group', { name: 'Program som passar' });
  await programmes.getByRole('searchbox', { name: 'Filtrera program' }).fill('ESF+');
  await programmes.getByRole('checkbox', { name: /Nationellt program för ESF\+/ }).check();
  await page.getByRole('checkbox', { name: 'Vi har undersökt möjligheterna till EU-finansiering' }).check();
  await page.getByLabel(/^Utfall/).selectOption({ label: 'Ansök' });
  await page.getByLabel(/^Motivering/).fill('Passar ESF+:s mål om utbildning för unga.');
  await main.getByRole('button', { name: 'Spara screeningen' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Screeningen har sparats.' })).toBeVisible();
  await expect(main.getByRole('link', { name: /Nationellt program för ESF\+/ })).toBeVisible();
  await expectAccessible(page, 'screened idea');

  await main.getByRole('button', { name: 'Stäng idén' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Idén har stängts.' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Stäng idén' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Projektidéer' }).click();
  await page.getByRole('searchbox', { name: 'Sök' }).fill(title);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = main.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row).toContainText('Ansök');
  await expect(row).toContainText('Stängd');
});
