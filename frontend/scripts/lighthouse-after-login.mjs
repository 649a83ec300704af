/**
 * Lighthouse (desktop preset) on a signed-in page: Debian's chromium with a debugging port, Playwright
 * signs in over CDP through the real Keycloak, then Lighthouse measures that same tab (the SPA keeps its
 * session in the tab's sessionStorage, so a new tab would be signed out; `disableStorageReset` keeps it).
 * Started by ops/lighthouse.sh (`make lighthouse`), which starts the stack; prints the median of LH_RUNS.
 *
 * Env: LH_BASE_URL (http://localhost:5182), LH_PATH (/applications), LH_USER (ada.advisor), LH_PASSWORD
 * (demo), LH_CDP_PORT (9333), LH_RUNS (3), LH_REPORT (where the median run's JSON report goes), CHROME_PATH.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
// Lighthouse's own CDP client: it measures a puppeteer page, so the signed-in tab is found with it.
import puppeteer from 'puppeteer-core';

const base = process.env.LH_BASE_URL ?? 'http://localhost:5182';
const path = process.env.LH_PATH ?? '/applications';
const user = process.env.LH_USER ?? 'ada.advisor';
const password = process.env.LH_PASSWORD ?? 'demo';
const port = Number(process.env.LH_CDP_PORT ?? 9333);
const runs = Number(process.env.LH_RUNS ?? 3);
const target = new URL(path, base).href;

const profile = mkdtempSync(join(tmpdir(), 'euportal-lighthouse-'));
const browserProcess = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', [
  '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, '--no-sandbox', '--disable-gpu',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--window-size=1350,940', 'about:blank',
], { stdio: 'ignore' });

async function waitForBrowser() {
  for (let i = 0; i < 100; i++) {
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (answer.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new Error(`chromium did not open its debugging port ${port}`);
}

/** Signs in the way a person does, in the tab Lighthouse will measure; leaves it on the page. */
async function signIn() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(target);
  await page.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.getByRole('button', { name: /^(Logga ut|Log out)$/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Playwright lets go of the browser; the tab, its session and the cache stay.
  await browser.close();
}

function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const requests = audit('network-requests').details.items;
  // Lighthouse keeps the cache warm from the sign-in (disableStorageReset): little goes over the wire,
  // so the JavaScript is counted as the size of the files the page ran.
  const scripts = requests.filter((item) => item.resourceType === 'Script');
  const api = requests.filter((item) => new URL(item.url).pathname.startsWith('/api/'));
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    jsKb: scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0) / 1024,
    jsFiles: scripts.length,
    api: api.map((item) => {
      const url = new URL(item.url);
      return `${url.pathname}${url.search}`;
    }),
  };
}

let browser;
try {
  await waitForBrowser();
  await signIn();
  browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = (await browser.pages()).find((candidate) => candidate.url().startsWith(base));
  if (!page) throw new Error(`no signed-in tab at ${base}`);
  const results = [];
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(target, { logLevel: 'error', output: 'json', disableStorageReset: true }, desktopConfig, page);
    if (!result) throw new Error('Lighthouse returned nothing');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    if (new URL(result.lhr.finalDisplayedUrl).pathname !== path) throw new Error(`ended at ${result.lhr.finalDisplayedUrl}, not ${path}: signed out?`);
    const row = figures(result.lhr);
    results.push({ row, report: result.report });
    console.log(`run ${run}: performance ${row.score}, LCP ${row.lcp.toFixed(0)} ms, TBT ${row.tbt.toFixed(0)} ms, CLS ${row.cls.toFixed(3)}, FCP ${row.fcp.toFixed(0)} ms, JS ${row.jsKb.toFixed(1)} kB (uncompressed) in ${row.jsFiles} files`);
  }
  results.sort((a, b) => a.row.score - b.row.score);
  const median = results[Math.floor(results.length / 2)];
  if (process.env.LH_REPORT) writeFileSync(process.env.LH_REPORT, median.report);
  const { row } = median;
  console.log(`\nLighthouse ${path} as ${user} (desktop preset, median of ${runs}; load average ${loadavg().map((v) => v.toFixed(1)).join(' ')})`);
  console.log(`  performance        ${row.score}   (target >= 95)`);
  console.log(`  LCP                ${row.lcp.toFixed(0)} ms`);
  console.log(`  TBT                ${row.tbt.toFixed(0)} ms`);
  console.log(`  CLS                ${row.cls.toFixed(3)}   (target < 0.1)`);
  console.log(`  JavaScript         ${row.jsKb.toFixed(1)} kB (uncompressed) in ${row.jsFiles} files`);
  console.log(`  API calls (${row.api.length}):\n    ${row.api.join('\n    ')}`);
  if (process.env.LH_REPORT) console.log(`  report             ${process.env.LH_REPORT}`);
} finally {
  await browser?.disconnect();
  browserProcess.kill();
  await sleep(500);
  rmSync(profile, { recursive: true, force: true });
}
