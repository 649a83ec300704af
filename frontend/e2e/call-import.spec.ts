/** An advisor imports two Funding & Tenders topics, finds one by full-text search and sees the near one under "closing soon". */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';

/** The date `days` from now as YYYY-MM-DD (the F&T list gives deadlines as dates; they close 17:00 Brussels time). */
function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('an advisor imports calls and finds the one closing soon', async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const run = Date.now().toString(36);
  const word = `fotonik${run}`;
  const near = { topicId: `E2E-${run}-NEAR`, title: `Kvantteknik och ${word} i skolan` };
  const far = { topicId: `E2E-${run}-FAR`, title: `Vuxenutbildning i ${word}` };
  const topic = (item: { topicId: string; title: string }, deadline: string) => ({
    reference: `${item.topicId}-REF`,
    topicId: item.topicId,
    title: item.title,
    programme: 'Erasmus+',
    programmeId: '43353764',
    callIdentifier: `E2E-${run}`,
    actionType: 'ERASMUS-LS',
    deadline,
    callStatus: 'Open',
    budgetMin: 60000,
    budgetMax: 400000,
    expectedGrants: 3,
    keywords: 'education, digital skills',
    portalUrl: `https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/${item.topicId.toLowerCase()}`,
  });
  const file = JSON.stringify([topic(near, dateIn(5)), topic(far, dateIn(120))], null, 2);

  await login(page, 'ada.advisor');
  await nav.getByRole('link', { name: 'Utlysningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utlysningar' })).toBeVisible();
  await expectAccessible(page, 'call list');

  await main.getByRole('link', { name: 'Importera utlysningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera utlysningar' })).toBeVisible();
  await expectAccessible(page, 'call import');
  await page.getByLabel(/^Fil/).setInputFiles({ name: 'topics.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(main.getByText('topics.json: JSON (Funding & Tenders-portalen)')).toBeVisible();
  await main.getByRole('button', { name: 'Importera' }).click();
  const result = main.getByRole('status').filter({ hasText: 'Importen är klar.' });
  await expect(result).toBeVisible();
  await expect(result.getByText('Nya utlysningar').locator('xpath=following-sibling::dd')).toHaveText('2');
  await expectAccessible(page, 'call import done');

  // A broken file imports nothing and lists its errors.
  await page.getByLabel(/^Fil/).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify([topic({ topicId: `E2E-${run}-BAD`, title: 'Trasig' }, 'i morgon')])),
  });
  await main.getByRole('button', { name: 'Importera' }).click();
  const errors = main.getByRole('table', { name: /fel i filen/ });
  await expect(errors).toContainText('deadline');
  await expectAccessible(page, 'call import errors');

  await main.getByRole('link', { name: 'Till utlysningarna' }).click();
  await page.getByRole('searchbox', { name: 'Sök' }).fill(word);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(main.getByRole('link', { name: near.title })).toBeVisible();
  await expect(main.getByRole('link', { name: far.title })).toBeVisible();

  await main.getByRole('button', { name: /Stänger snart/ }).click();
  await expect(main.getByRole('button', { name: /Stänger snart/ })).toHaveAttribute('aria-pressed', 'true');
  const nearRow = main.getByRole('row').filter({ has: page.getByRole('link', { name: near.title }) });
  await expect(nearRow).toContainText(/Stänger om [45] dagar/);
  await expect(main.getByRole('link', { name: far.title })).toHaveCount(0);

  await nearRow.getByRole('link', { name: near.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: near.title })).toBeVisible();
  await expect(main.getByText('Sista ansökningsdag (Europe/Brussels)')).toBeVisible();
  await expect(main.getByText(/17:00/).first()).toBeVisible();
  await expect(main.getByRole('link', { name: /Utlysningen i EU:s portal/ })).toHaveAttribute('href', /topic-details/);
  await expectAccessible(page, 'call page');
});
