/**
 * Issue 15's target for the SPA's weight: the JavaScript a signed-out visitor's browser fetches for the
 * landing page is at most 130 kB gzip, and none of it belongs only to signed-in pages (React Query, the
 * router, the pages, the texts of the signed-in features); those arrive after sign-in.
 */
import { expect, test, type Page } from '@playwright/test';
import { login } from './support/auth';

const BUDGET_BYTES = 130 * 1024;
// The chunks the landing page needs (vite.config.ts names them); anything else before sign-in is a regression.
const BEFORE_LOGIN = ['index', 'rolldown-runtime', 'react', 'sync-store', 'i18n', 'auth', 'api-client'];

interface Script {
  chunk: string;
  url: string;
  transferred: number;
  encoding: string;
}

/** Every JavaScript file the page fetches from now on, with its size on the wire. */
function recordScripts(page: Page): Script[] {
  const scripts: Script[] = [];
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    // The SPA's own files (Keycloak's login page has scripts of its own).
    if (!url.pathname.startsWith('/assets/') || !url.pathname.endsWith('.js')) return;
    const response = await request.response();
    const sizes = await request.sizes();
    scripts.push({
      chunk: url.pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''),
      url: url.pathname,
      // -1 (or less) when the file came from the browser's cache: nothing on the wire.
      transferred: Math.max(sizes.responseBodySize, 0),
      encoding: response?.headers()['content-encoding'] ?? 'none',
    });
  });
  return scripts;
}

function report(title: string, scripts: Script[]): number {
  const total = scripts.reduce((sum, script) => sum + script.transferred, 0);
  const lines = [...scripts].sort((a, b) => b.transferred - a.transferred).map((s) => `  ${(s.transferred / 1024).toFixed(1).padStart(6)} kB  ${s.encoding.padEnd(4)}  ${s.url}`);
  console.log(`${title}: ${scripts.length} files, ${(total / 1024).toFixed(1)} kB transferred\n${lines.join('\n')}`);
  return total;
}

test('the landing page loads at most 130 kB of gzipped JavaScript, none of it for signed-in pages', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const total = report('JavaScript before login', scripts);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.transferred, `${script.url} measured`).toBeGreaterThan(0);
  for (const script of scripts) expect(script.encoding, `${script.url} compressed`).toBe('gzip');
  expect(scripts.map((s) => s.chunk).filter((chunk) => !BEFORE_LOGIN.includes(chunk)), 'chunks beyond the landing page').toEqual([]);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);

  // The language switch works from the bundled texts alone: no English text file is fetched for it.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.map((s) => s.chunk).filter((chunk) => !BEFORE_LOGIN.includes(chunk))).toEqual([]);
  await page.getByRole('button', { name: 'Svenska' }).click();
});

test('after sign-in the signed-in code and the full texts arrive, and a page uses them', async ({ page }) => {
  const scripts = recordScripts(page);
  await login(page, 'ada.advisor', '/applications');
  await expect(page.getByRole('heading', { level: 1, name: 'Ansökningar' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  report('JavaScript up to the applications page', scripts);
  const chunks = scripts.map((s) => s.chunk);
  for (const chunk of ['signed-in-app', 'query', 'router', 'sv', 'applications-list-route']) expect(chunks, chunk).toContain(chunk);
  // Pages not opened are not fetched.
  expect(chunks).not.toContain('budget-route');
  expect(chunks).not.toContain('charts');
});
