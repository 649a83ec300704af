/**
 * The pages the law asks for, the accessibility statement (DOS law) and the privacy notice (GDPR art. 13):
 * open without signing in, linked from the login page's footer and from every signed-in page's footer, in
 * Swedish and English, and accessible.
 */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';

test('the login page links both pages, which open without signing in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
  const footer = page.getByRole('contentinfo');

  await footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kända brister' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tillsyn' })).toBeVisible();
  await expect(page.getByRole('link', { name: /DIGG/ })).toHaveAttribute('href', 'https://www.digg.se');
  await expect(page).toHaveTitle(/^Tillgänglighetsredogörelse – /);
  await expectAccessible(page, 'accessibility statement, signed out');

  await page.getByRole('contentinfo').getByRole('link', { name: 'Personuppgifter och integritet' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Så behandlar vi dina personuppgifter' })).toBeVisible();
  for (const heading of ['Personuppgiftsansvarig', 'Vilka uppgifter vi behandlar', 'Hur länge vi sparar uppgifterna',
    'Dataskyddsombud', 'Dina rättigheter och hur du använder dem']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /dataskyddsombudet/ })).toHaveAttribute('href', /^mailto:/);
  await expectAccessible(page, 'privacy notice, signed out');

  // English, all of it: no Swedish heading left.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'How we process your personal data' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Data protection officer' })).toBeVisible();
  await expect(page.getByText('Dataskyddsombud', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'privacy notice in English');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Known shortcomings' })).toBeVisible();
  await expectAccessible(page, 'accessibility statement in English');

  // Back to the portal's front door, where one signs in.
  await page.getByRole('link', { name: 'EU Project Portal' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
});

test("Keycloak's sign-in page links both pages too, in the language it is shown in", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.locator('#username')).toBeVisible();
  const legal = page.getByRole('navigation', { name: 'Om tjänsten' });
  const statement = legal.getByRole('link', { name: 'Tillgänglighetsredogörelse' });
  const privacy = legal.getByRole('link', { name: 'Personuppgifter och integritet' });
  // The links lead to the SPA's public pages (the theme's portalUrl: the SPA of the Keycloak's
  // starter, which is this test's own unless a make run Keycloak is reused, so the path is what counts).
  await expect(statement).toHaveAttribute('href', /^https?:\/\/[^/]+\/accessibility$/);
  await expect(privacy).toHaveAttribute('href', /^https?:\/\/[^/]+\/privacy$/);
  await page.goto(new URL(String(await privacy.getAttribute('href'))).pathname);
  await expect(page.getByRole('heading', { level: 1, name: 'Så behandlar vi dina personuppgifter' })).toBeVisible();
});

test('every signed-in page links both pages from its footer', async ({ page }) => {
  await login(page, 'anna.applicant');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Personuppgifter och integritet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Så behandlar vi dina personuppgifter' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expectAccessible(page, 'privacy notice, signed in');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expectAccessible(page, 'accessibility statement, signed in');
});
