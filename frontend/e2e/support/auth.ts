/** Signs in through Keycloak's real login page, as a person would. */
import { expect, test, type Browser, type Page } from '@playwright/test';

export const PASSWORD = 'demo';

export async function login(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  // Back in the SPA: the header names the user and the code/state are gone from the address.
  await expect(page.getByRole('button', { name: /^(Logga ut|Log out)$/ })).toBeVisible();
  await expect(page).not.toHaveURL(/[?&](code|state)=/);
}

/** The access token the SPA keeps in session storage, for test set-up through the API. */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith('oidc.user:')) return JSON.parse(sessionStorage.getItem(key) ?? '{}').access_token as string;
    }
    return undefined;
  });
  if (!token) throw new Error('no access token in session storage');
  return token;
}

/** A browser context of the person's own (as the test's project configures it), signed in as them. */
export async function signedIn(browser: Browser, username: string): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
  const page = await context.newPage();
  await login(page, username);
  return page;
}
