/**
 * A coordinator saves a watch for her unit; an advisor imports calls; the coordinator sees the new
 * call among the watch's matches, marked as news, and on her to-do list.
 */
import { expect, test } from '@playwright/test';
import { login, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';

function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a coordinator saves a unit watch and sees a match after an advisor imports calls', async ({ page, browser }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const run = Date.now().toString(36);
  const word = `biblioteksrobot${run}`;
  const name = `Robotar i skolan ${run}`;
  const title = `Lärande med ${word} i grundskolan`;

  await login(page, 'maria.coordinator');
  await nav.getByRole('link', { name: 'Bevakningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bevakningar av utlysningar' })).toBeVisible();
  await main.getByLabel(/^Namn/).fill(name);
  await expect(main.getByLabel('Vem bevakar').locator('option:checked')).toHaveText('Enheten Utbildningskontoret (UTB)');
  await main.getByLabel(/^Ord/).fill(word);
  await main.getByRole('group', { name: 'Fonder' }).getByLabel('Erasmus+').check();
  await expectAccessible(page, 'call watches');
  await main.getByRole('button', { name: 'Spara bevakning' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(main.getByText(`Bevakningen ”${name}” har sparats.`)).toBeVisible();
  await expect(main.getByText('Inga utlysningar matchar ännu.')).toBeVisible();

  // The advisor imports the Funding & Tenders topics; one of them is about the watched word.
  const ada = await signedIn(browser, 'ada.advisor');
  const topic = {
    topicId: `E2E-WATCH-${run}`,
    title,
    programme: 'Erasmus+',
    programmeId: '43353764',
    deadline: dateIn(60),
    callStatus: 'Open',
    budgetMin: 60000,
    budgetMax: 400000,
    keywords: 'education, robotics',
  };
  const other = { ...topic, topicId: `E2E-WATCH-${run}-OTHER`, title: `Vuxenutbildning ${run}`, keywords: 'adult learning' };
  await ada.goto('/calls/import');
  await ada.getByLabel(/^Fil/).setInputFiles({ name: 'topics.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([topic, other])) });
  await ada.getByRole('main').getByRole('button', { name: 'Importera' }).click();
  await expect(ada.getByRole('main').getByRole('status').filter({ hasText: 'Importen är klar.' })).toBeVisible();
  await ada.context().close();

  // Back to the coordinator: the watch lists the new call as news, and it waits on her to-do list.
  await nav.getByRole('link', { name: 'Bevakningar' }).click();
  const row = main.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toContainText('Utbildningskontoret (UTB)');
  await expect(row.getByRole('cell').last()).toHaveText('1');
  await row.getByRole('link', { name }).click();
  const match = main.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(match).toContainText('Ny träff');
  await expect(main.getByRole('link', { name: `Vuxenutbildning ${run}` })).toHaveCount(0);
  await expectAccessible(page, 'call watch matches');
  await page.screenshot({ path: test.info().outputPath('call-watch-matches.png'), fullPage: true });

  await nav.getByRole('link', { name: /^Start/ }).click();
  await expect(main.getByText(`Bevakningen ”${name}” hittade utlysningen E2E-WATCH-${run}`)).toBeVisible();
});

test('a coordinator reads an EU decision under follow-up and gives her unit’s assessment', async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await login(page, 'maria.coordinator');
  await nav.getByRole('link', { name: 'EU-beslut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'EU-beslut' })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Följs upp' });
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = main.getByRole('row').filter({ has: page.getByRole('link', { name: 'Direktivet om öppenhet i lönesättningen' }) });
  await expect(row).toContainText('Arbetsgivarfrågor');
  await expect(row).toContainText('1 av 3');
  await expectAccessible(page, 'EU decisions');

  await row.getByRole('link', { name: 'Direktivet om öppenhet i lönesättningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Direktivet om öppenhet i lönesättningen' })).toBeVisible();
  await expect(main.getByRole('link', { name: /32023L0970/ })).toHaveAttribute('href', /eur-lex\.europa\.eu.*CELEX:32023L0970/);
  const utb = main.getByRole('article', { name: 'Utbildningskontoret (UTB)' });
  const answer = utb.getByLabel(/Enhetens bedömning/);
  await answer.fill('Berör lärare och förskollärare. Vi tar fram lönespann för annonserna före sommaren.');
  await utb.getByRole('button', { name: 'Spara enhetens bedömning' }).click();
  await expect(utb.getByText('Enhetens bedömning har sparats.')).toBeVisible();
  await expect(utb).toContainText('Maria Sandberg');
  await expect(main.getByRole('article', { name: 'Socialkontoret (SOC)' })).toContainText('Inget svar ännu.');
  await expectAccessible(page, 'EU decision');
});
