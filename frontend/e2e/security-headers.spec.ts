/** The SPA is served with its security headers, and the pages people use run under them without a refusal. */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';

test('the page, its assets and the API answer with the security headers', async ({ page, request }) => {
  const index = await request.get('/');
  const csp = index.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/connect-src 'self' http:\/\/localhost:\d+/);
  expect(index.headers()['x-content-type-options']).toBe('nosniff');
  expect(index.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');

  await page.goto('/');
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['content-security-policy']).toBe(csp);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');

  const api = await request.get('/api/v1/client-config');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('an advisor works through the main pages without the policy refusing anything', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await login(page, 'ada.advisor');
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  for (const name of ['Ansökningar', 'Projekt', 'Portfölj', 'Partner', 'Utlysningar']) {
    await menu.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // The charts of the portfolio draw with inline styles set from script, which the policy allows.
  await menu.getByRole('link', { name: 'Portfölj', exact: true }).click();
  await expect(page.locator('section[data-figure="by-year"] .recharts-bar-rectangle').first()).toBeVisible();
  expect(refused).toEqual([]);
});
