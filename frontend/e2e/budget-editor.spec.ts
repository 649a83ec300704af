/**
 * A two-partner budget with a flat rate: an applicant (anna, unit UTB) opens the budget of her draft
 * "Gröna skolgårdar för ett förändrat klimat" (demo data: SEK, Södertälje kommun, four periods, 15 %
 * indirect costs on staff, 40 % EU). A second organisation joins the partnership (added through the
 * partnership panel's "Lägg till organisation" form when the partnership has only one); she gives it
 * a plan (15 % indirect on staff, 40 % EU) and a staff line, sees the previewed totals and the derived
 * flat rate, sets its contributions to the remainder shown, saves and finds the saved figures after
 * reloading.
 */
import { expect, test, type Page } from '@playwright/test';
import { accessToken, signedIn } from './support/auth';
import { expectAccessible } from './support/axe';

const APPLICATION = 'Gröna skolgårdar för ett förändrat klimat';

interface Member {
  organisationId: string;
  legalName: string;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The second partner: one already in the partnership besides the lead, else a Swedish organisation of
 * the register, added as partner through the partnership panel's "Lägg till organisation" form.
 */
async function secondPartner(page: Page, applicationId: string): Promise<string> {
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  const members = (await (await page.request.get(`/api/v1/applications/${applicationId}/partners`, { headers })).json()) as Member[];
  const other = members.find((member) => member.legalName !== 'Södertälje kommun');
  if (other) return other.legalName;
  const register = (await (await page.request.get('/api/v1/partners?country=SE&size=50', { headers })).json()) as { items: { id: string; legalName: string }[] };
  const candidate = register.items.find((organisation) => !members.some((member) => member.organisationId === organisation.id));
  if (!candidate) throw new Error('no Swedish organisation to add to the partnership');

  const partnership = page.getByRole('main').getByRole('region', { name: 'Partnerskap' });
  const form = partnership.getByRole('form', { name: 'Lägg till organisation' });
  await form.getByRole('searchbox', { name: 'Sök organisation i partnerregistret' }).fill(candidate.legalName);
  await form.getByRole('radio', { name: new RegExp(`^${escaped(candidate.legalName)},`) }).first().check();
  await form.getByLabel(/^Roll i partnerskapet/).selectOption('PARTNER');
  await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(partnership.getByRole('status').filter({ hasText: `${candidate.legalName} har lagts till i partnerskapet som Partner.` })).toBeVisible();
  await expect(partnership.getByRole('table').getByRole('link', { name: candidate.legalName, exact: true })).toBeVisible();
  return candidate.legalName;
}

/** "69 000,00 kr" → "69000,00": the remainder as the user would type it. */
function typed(shown: string): string {
  return shown.replace(/[^\d,.-]/g, '');
}

test('an applicant plans a second partner with a flat rate, sees the totals change, balances its contributions and saves', async ({ browser }) => {
  const anna = await signedIn(browser, 'anna.applicant');
  const main = anna.getByRole('main');

  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await main.getByRole('searchbox', { name: 'Sök' }).fill('Gröna skolgårdar');
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  await main.getByRole('link', { name: APPLICATION }).click();
  await expect(anna.getByRole('heading', { level: 1, name: APPLICATION })).toBeVisible();
  const applicationId = new URL(anna.url()).pathname.split('/').pop()!;
  const partner = await secondPartner(anna, applicationId);

  // The application page shows the budget's total and EU share and leads to it.
  await anna.reload();
  const budgetSection = main.getByRole('region', { name: 'Budget', exact: true });
  await expect(budgetSection.getByText('Totala kostnader')).toBeVisible();
  await expect(budgetSection.getByText(/SEK$/).first()).toBeVisible();
  await budgetSection.getByRole('link', { name: 'Öppna budgeten' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: `Budget: ${APPLICATION}` })).toBeVisible();

  // The demo budget: the municipality's grid with its 15 % indirect costs.
  const lead = main.getByRole('region', { name: 'Södertälje kommun', exact: true });
  await expect(lead.getByRole('table', { name: /^Södertälje kommun: kostnader per kategori och period \(SEK\)/ })).toBeVisible();
  await expect(lead.getByRole('checkbox', { name: /^Indirekta kostnader på personalkostnader \(högst 15\s%\)$/ })).toBeChecked();
  const projectTotal = main.getByTestId('project-total');
  const totalBefore = (await projectTotal.innerText()).trim();

  // The second partner gets a plan: 15 % indirect costs on staff, 40 % EU, and a staff line.
  const missing = main.getByRole('region', { name: 'Partner som saknas i budgeten' });
  if (await missing.isVisible()) await missing.getByRole('button', { name: `Lägg till ${partner} i budgeten` }).click();
  const second = main.getByRole('region', { name: partner, exact: true });
  await expect(second.getByRole('heading', { level: 2, name: partner })).toBeVisible();
  await second.getByRole('checkbox', { name: /^Indirekta kostnader på personalkostnader/ }).check();
  await second.getByLabel(/^EU-andel i procent/).fill('40');
  await second.getByRole('button', { name: `Lägg till kostnadsrad för ${partner}` }).click();
  const line = second.getByRole('group', { name: /^Rad \d+/ }).last();
  await line.getByLabel('Beskrivning').fill('Projektsamordnare');
  await line.getByLabel('Kostnadskategori').selectOption('STAFF');
  await line.getByLabel('Period').selectOption('1');
  await line.getByLabel('Typ av kostnad').selectOption('REAL_COST');
  await line.getByLabel(/^Belopp/).fill('100000');

  // The previewed figures: the line, its 15 % flat rate, the partner's co-financing and the project's total.
  const grid = second.getByRole('table', { name: new RegExp(`^${escaped(partner)}: kostnader per kategori`) });
  await expect(grid.getByRole('row', { name: /^Personalkostnader/ })).toContainText('100 000,00');
  await expect(grid.getByRole('row', { name: /^Kontors- och administrationskostnader/ })).toContainText('15 000,00');
  await expect(second.getByRole('table', { name: `Schablonbelopp för ${partner}, räknade av systemet` })).toContainText('15 000,00');
  await expect(projectTotal).not.toHaveText(totalBefore);
  const plan = second.getByLabel(`Medfinansiering för ${partner}`);
  await expect(plan).toContainText(/115\s000,00\skr/);
  await expect(plan).toContainText(/46\s000,00\skr/);
  const remainder = plan.locator('dt', { hasText: 'Att medfinansiera' }).locator('xpath=following-sibling::dd[1]');
  await expect(remainder).toHaveText(/69\s000,00\skr/);
  const rules = main.getByRole('region', { name: 'Budgetens summor' }).getByTestId('project-violations');
  await expect(rules).toHaveText(/regelbrott$/);
  await expect(second.getByRole('button', { name: /^Fyll resten med / })).toBeVisible();

  // Contributions that add up to the remainder shown make the budget valid.
  await second.getByLabel('Annan offentlig finansiering').fill(typed(await remainder.innerText()));
  await expect(rules).toHaveText('Följer reglerna');
  await expect(plan).toContainText(/Medfinansiering sammanlagt\s*69\s000,00\skr/);
  const totalAfter = (await projectTotal.innerText()).trim();
  await expectAccessible(anna, 'budget editor with two partners');

  await main.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Budgeten har sparats.' })).toBeVisible();

  // After reloading: the saved figures.
  await anna.reload();
  await expect(anna.getByRole('heading', { level: 1, name: `Budget: ${APPLICATION}` })).toBeVisible();
  await expect(projectTotal).toHaveText(totalAfter);
  await expect(grid.getByRole('row', { name: /^Kontors- och administrationskostnader/ })).toContainText('15 000,00');
  await expect(second.getByLabel('Annan offentlig finansiering')).toHaveValue('69000');
  await expect(second.getByRole('group', { name: /^Rad \d+: Projektsamordnare$/ })).toBeVisible();
  await anna.context().close();
});
