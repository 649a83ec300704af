/**
 * A partner search from an application to its partnership: an applicant (anna, unit UTB) opens her
 * draft "Gröna skolgårdar för ett förändrat klimat" (demo data: Södertälje kommun already its lead
 * partner), posts a partner search for it from the partnership panel, sees the register's
 * organisations (the CORDIS extract) ranked with the reasons they match, adds the best match to the
 * application's partnership as partner, and finds it in the application's partnership panel.
 */
import { expect, test } from '@playwright/test';
import { signedIn } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

const APPLICATION = 'Gröna skolgårdar för ett förändrat klimat';

test('an applicant posts a partner search for her draft, sees the ranked matches with their reasons and adds one to the partnership', async ({ browser }) => {
  const title = unique('E2E Partner till skolgårdarna');
  const anna = await signedIn(browser, 'anna.applicant');
  const main = anna.getByRole('main');

  // Her draft, found by its title.
  await anna.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ansökningar' }).click();
  await main.getByRole('searchbox', { name: 'Sök' }).fill('Gröna skolgårdar');
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  await main.getByRole('link', { name: APPLICATION }).click();
  await expect(anna.getByRole('heading', { level: 1, name: APPLICATION })).toBeVisible();
  const applicationPath = new URL(anna.url()).pathname;

  // The partnership: the municipality leads; she posts a search for the application from here.
  const partnership = main.getByRole('region', { name: 'Partnerskap' });
  await expect(partnership.getByRole('combobox', { name: 'Roll för Södertälje kommun' })).toHaveValue('LEAD_PARTNER');
  await partnership.getByRole('link', { name: 'Ny partnersökning för ansökan' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Ny partnersökning' })).toBeVisible();
  await expect(anna.getByLabel(/^Enhet/).locator('option:checked')).toContainText('UTB');
  await expect(anna.getByLabel(/^Ansökan/).locator('option:checked')).toContainText(APPLICATION);

  await anna.getByLabel(/^Rubrik/).fill(title);
  await anna.getByLabel(/^Vad projektet handlar om/).fill('Climate adaptation of school yards: stormwater, shade and green areas planned with pupils');
  await main.getByRole('group', { name: 'Sökta roller' }).getByRole('checkbox', { name: 'Partner', exact: true }).check();
  const countries = main.getByRole('group', { name: /^Länder/ });
  for (const country of ['Finland', 'Danmark', 'Tyskland', 'Nederländerna']) {
    await countries.getByRole('searchbox', { name: 'Filtrera länder' }).fill(country);
    await countries.getByRole('checkbox', { name: country, exact: true }).check();
  }
  const types = main.getByRole('group', { name: /^Typer av organisation/ });
  for (const type of ['Kommun', 'Universitet eller högskola', 'Forskningsorganisation']) await types.getByRole('checkbox', { name: type }).check();
  await anna.getByLabel(/^Sökt kompetens/).fill('climate adaptation, urban water');
  await expectAccessible(anna, 'new partner search form filled in');
  await anna.getByRole('button', { name: 'Publicera sökningen' }).click();

  // The search page: its criteria and the ranked matches, each with why it matched.
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: `Partnersökningen ${title} har publicerats.` })).toBeVisible();
  const matches = main.getByRole('list', { name: 'Matchande organisationer, bäst först' });
  await expect(matches).toBeVisible();
  await expect(main.getByText(/^\d[\d\s]* organisationer? matchar\.$/)).toBeVisible();
  const best = matches.getByRole('listitem').filter({ has: anna.getByRole('heading', { level: 3 }) }).first();
  const name = (await best.getByRole('heading', { level: 3 }).innerText()).trim();
  const reasons = best.getByRole('list', { name: 'Därför matchar den:' });
  await expect(reasons.getByRole('listitem').first()).toBeVisible();
  // Every match is in a country sought and of a type sought, and says so in words.
  await expect(reasons).toContainText(/Finns i ett av de sökta länderna: (Finland|Danmark|Tyskland|Nederländerna)/);
  await expect(reasons).toContainText(/Är en sökt typ av organisation: (Kommun|Universitet eller högskola|Forskningsorganisation)/);
  await expect(reasons).toContainText(/Kompetens som efterfrågas|Tidigare EU-projekt i ämnet|Sökorden finns/);
  await expectAccessible(anna, 'partner search with ranked matches');

  // She adds the best match to the application's partnership as partner.
  await best.getByRole('button', { name: `Lägg till i ansökan: ${name}` }).click();
  const form = best.getByRole('form', { name: `Lägg till ${name} i en ansökan` });
  await expect(form.getByLabel(/^Ansökan/).locator('option:checked')).toContainText(APPLICATION);
  await expect(form.getByLabel(/^Roll i partnerskapet/)).toHaveValue('PARTNER');
  await expectAccessible(anna, 'add a match to an application');
  await form.getByRole('button', { name: 'Lägg till i partnerskapet' }).click();
  const added = main.getByRole('status').filter({ hasText: `${name} har lagts till i ${APPLICATION} som Partner.` });
  await expect(added).toBeVisible();

  // The application's partnership panel now lists it as partner, found through the search.
  await added.getByRole('link', { name: `Öppna ${APPLICATION}` }).click();
  await expect(anna.getByRole('heading', { level: 1, name: APPLICATION })).toBeVisible();
  expect(new URL(anna.url()).pathname).toBe(applicationPath);
  const row = partnership.getByRole('row').filter({ has: anna.getByRole('link', { name, exact: true }) });
  await expect(row.getByRole('combobox', { name: `Roll för ${name}` })).toHaveValue('PARTNER');
  await expect(row.getByRole('link', { name: 'via partnersökning' })).toBeVisible();
  await expect(partnership.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(anna, 'application partnership with a partner added');
  await anna.context().close();
});
