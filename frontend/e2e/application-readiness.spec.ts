/**
 * An applicant (anna, UTB) opens her new draft and sees at its top what the next step needs instead of a dead end:
 * the unit's coordinator approves it, and the missing items are listed, each a link to where it is fixed. She
 * follows "Ange en akronym för projektet" to the form, where the acronym field has the focus, fills it in, and
 * the item is gone from the list. The draft is created through the API (a title and a period only).
 */
import { expect, test } from '@playwright/test';
import { accessToken, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

test('an applicant sees the checklist on a draft and follows a link to the field to fix', async ({ browser }) => {
  const title = unique('E2E Halvfärdigt utkast');
  const anna = await signedIn(browser, 'anna.applicant');
  const headers = { Authorization: `Bearer ${await accessToken(anna)}` };
  const units = await (await anna.request.get('/api/v1/units?size=200', { headers })).json();
  const utb = units.items.find((unit: { code: string }) => unit.code === 'UTB') ?? units.items[0];
  const created = await anna.request.post('/api/v1/applications', {
    headers,
    data: { unitId: utb.id, title, periodStart: '2027-01-01', periodEnd: '2027-12-31' },
  });
  expect(created.status()).toBe(201);
  const application = await created.json();

  await anna.goto(`/applications/${application.id}`);
  const main = anna.getByRole('main');
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const next = main.getByRole('region', { name: 'Nästa steg' });
  await expect(next.getByRole('heading', { level: 3, name: 'Godkänn för enheten' })).toBeVisible();
  await expect(next).toContainText('Tas av: Samordnare');
  await expect(next).toContainText('Det här saknas innan steget kan tas:');
  for (const item of ['Välj vilken utlysning ansökan gäller', 'Ange en akronym för projektet', 'Skriv en sammanfattning av projektet', 'Gör en budget för ansökan']) {
    await expect(next.getByRole('link', { name: item })).toBeVisible();
  }
  await expect(next).toContainText('Rekommenderas (stoppar inte steget):');
  await expect(next.getByRole('link', { name: 'Beskriv arbetet i arbetspaket' })).toBeVisible();
  await expect(main.getByText('Du kan inte ta något steg med ansökan i nuvarande läge.')).toHaveCount(0);
  await expectAccessible(anna, 'draft with its checklist');
  await anna.screenshot({ path: 'e2e-artifacts/readiness-1-draft-checklist.png', fullPage: true });

  // The link opens the form with the acronym field focused.
  await next.getByRole('link', { name: 'Ange en akronym för projektet' }).click();
  await expect(anna).toHaveURL(new RegExp(`/applications/${application.id}/edit#application-form-acronym$`));
  const acronym = anna.getByLabel(/^Akronym/);
  await expect(acronym).toBeFocused();
  await anna.screenshot({ path: 'e2e-artifacts/readiness-2-acronym-focused.png', fullPage: true });
  await acronym.fill('HALV');
  await anna.getByRole('button', { name: 'Spara' }).click();

  // Back on the draft, the acronym is no longer missing; the rest still is.
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const after = anna.getByRole('main').getByRole('region', { name: 'Nästa steg' });
  await expect(after.getByRole('link', { name: 'Skriv en sammanfattning av projektet' })).toBeVisible();
  await expect(after.getByRole('link', { name: 'Ange en akronym för projektet' })).toHaveCount(0);
  await anna.context().close();
});
