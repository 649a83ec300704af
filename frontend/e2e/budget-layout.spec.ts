/**
 * The demo budget editor at a laptop's 1366 × 768 (anna, "Gröna skolgårdar": SEK, four periods, 15 %
 * indirect costs on staff, 40 % EU, the rest from the municipality's own funds): the summary bar
 * (total, EU share, what is left to finance, the rules, save), the partner's grid with its row and
 * column totals are in view without scrolling sideways, and no two of the page's boxes overlap. The
 * study trip raised from 36 000 to 38 000 leaves 2 000 × 60 % = 1 200 kr unfinanced, said in Swedish
 * at the contributions; one action fills the rest with the municipality's own funds and the budget saves.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signedIn } from './support/auth';

const APPLICATION = 'Gröna skolgårdar för ett förändrat klimat';
const SHOTS = process.env.E2E_SHOTS ?? 'e2e-artifacts';
const NBSP = /[\s\u00a0\u202f]/g;

async function openBudget(page: Page) {
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await main.getByRole('searchbox', { name: 'Sök' }).fill('Gröna skolgårdar');
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  await main.getByRole('link', { name: APPLICATION }).click();
  await main.getByRole('region', { name: 'Budget', exact: true }).getByRole('link', { name: 'Öppna budgeten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Budget: ${APPLICATION}` })).toBeVisible();
}

/** A box in page coordinates (independent of the scroll position). */
async function pageBox(locator: Locator) {
  const box = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  });
  expect(box.width * box.height, 'the box has an area').toBeGreaterThan(0);
  return box;
}

type Box = Awaited<ReturnType<typeof pageBox>>;

function intersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

const text = async (locator: Locator) => (await locator.innerText()).replace(NBSP, ' ').trim();

test.use({ viewport: { width: 1366, height: 768 } });

test('the demo budget editor at 1366 × 768: bar, grid and totals in view, no box overlapping another; the rest filled with one action and saved', async ({ browser }) => {
  const anna = await signedIn(browser, 'anna.applicant');
  await openBudget(anna);
  const main = anna.getByRole('main');
  const bar = main.getByRole('region', { name: 'Budgetens summor' });
  const lead = main.getByRole('region', { name: 'Södertälje kommun', exact: true });
  const grid = lead.getByRole('table', { name: /^Södertälje kommun: kostnader per kategori och period/ });

  // The bar: total, EU share, nothing left to finance, the rules kept, the save button, all in view.
  await expect(bar).toBeInViewport();
  await expect(bar.getByTestId('project-total')).toHaveText(/^[\d\s\u00a0\u202f]+,\d\d\skr$/);
  await expect(bar.getByTestId('project-left')).toHaveText(/^0,00\skr$/);
  await expect(bar.getByTestId('project-violations')).toHaveText('Följer reglerna');
  await expect(bar.getByRole('button', { name: 'Spara', exact: true })).toBeInViewport();
  // Numbers in Swedish: the planning rate as the hint writes it.
  await expect(main.getByLabel('Planeringskurs (kronor per euro)')).toHaveValue('11,4830');

  // The grid with its row totals (Summa) and column totals (the partner's total per period) needs no sideways scrolling.
  await grid.scrollIntoViewIfNeeded();
  await expect(grid.getByRole('columnheader', { name: 'Summa' })).toBeInViewport();
  await expect(grid.getByRole('row', { name: /^Partnerns totala kostnader/ })).toBeInViewport();
  await expect(lead.getByTestId(/^partner-total-/)).toBeInViewport();
  const overflow = await grid.evaluate((table) => {
    const wrapper = table.closest('.table-wrapper')!;
    return { grid: wrapper.scrollWidth - wrapper.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
  });
  expect(overflow).toEqual({ grid: 0, page: 0 });
  // The bar stays in view while the page scrolls.
  await expect(bar).toBeInViewport();

  // No two boxes of the page intersect (at one scroll position, in page coordinates).
  await anna.evaluate(() => window.scrollTo(0, 0));
  const boxes: [string, Box][] = [
    ['summary bar', await pageBox(bar)],
    ['category totals', await pageBox(main.getByRole('table', { name: 'Per kostnadskategori' }))],
    ['period totals', await pageBox(main.getByRole('table', { name: 'Per period' }))],
    ['contribution totals', await pageBox(main.getByRole('table', { name: 'Medfinansiering per källa' }))],
    ['grid', await pageBox(grid)],
    ['plan', await pageBox(lead.locator('.budget-plan'))],
    ['lines', await pageBox(lead.getByRole('list', { name: 'Kostnadsrader för Södertälje kommun' }))],
  ];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(intersect(boxes[i][1], boxes[j][1]), `${boxes[i][0]} overlaps ${boxes[j][0]}`).toBe(false);
  await anna.screenshot({ path: `${SHOTS}/budget-1366-top.png` });
  await anna.screenshot({ path: `${SHOTS}/budget-1366-full.png`, fullPage: true });
  const height = await anna.evaluate(() => document.documentElement.scrollHeight);
  console.log(`budget editor page height at 1366 px: ${height} px`);

  // The study trip from 36 000 to 38 000 (typed with a decimal point): 1 200 kr is left to finance, said where it is fixed.
  const trip = lead.getByRole('group', { name: /^Rad \d+: Studieresa till Köpenhamns skybrudsprojekt$/ });
  await expect(trip.getByLabel(/^Belopp/)).toHaveValue('36000');
  await trip.getByLabel(/^Belopp/).fill('38000.00');
  await expect(bar.getByTestId('project-violations')).toHaveText('1 regelbrott');
  await expect(bar.getByTestId('project-left')).toHaveText(/^1\s200,00\skr$/);
  const plan = lead.locator('.budget-plan');
  const own = lead.getByLabel('Kommunens egna medel');
  const ownBefore = Number((await own.inputValue()).replace(',', '.'));
  await expect(plan.getByText(/lägg till 1\s200,00\skr\.$/)).toBeVisible();
  await expect(main).not.toContainText('must add up');
  await plan.scrollIntoViewIfNeeded();
  await anna.screenshot({ path: `${SHOTS}/budget-1366-unbalanced.png` });

  // One action: the rest into the municipality's own funds.
  await lead.getByRole('button', { name: 'Fyll resten med kommunens egna medel' }).click();
  await expect(own).toHaveValue(String(ownBefore + 1200).replace('.', ','));
  await expect(bar.getByTestId('project-violations')).toHaveText('Följer reglerna');
  await expect(bar.getByTestId('project-left')).toHaveText(/^0,00\skr$/);
  await expect(lead.getByRole('button', { name: /^Fyll resten/ })).toHaveCount(0);
  const total = await text(bar.getByTestId('project-total'));

  await bar.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Budgeten har sparats.' })).toBeVisible();
  await anna.reload();
  await expect(bar.getByTestId('project-violations')).toHaveText('Följer reglerna');
  expect(await text(bar.getByTestId('project-total'))).toBe(total);
  await expect(trip.getByLabel(/^Belopp/)).toHaveValue('38000');

  // Removing a line: its accessible name starts with the visible text (WCAG 2.5.3).
  await expect(trip.getByRole('button', { name: /^Ta bort raden: Rad \d+: Studieresa/ })).toHaveText('Ta bort raden');
  await anna.context().close();
});
