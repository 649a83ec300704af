/**
 * The results library reaches the next applicant: an applicant drafting a project idea sees the
 * closest past project (demo data: FÖRSKOLA+, whose final report was accepted) with its lesson,
 * opens it and finds the library by search (Swedish stemming: "utbildningar" finds "utbildning"); the twin
 * town and network pages (demo: Kristiansand, EFFEKNET) are read and axe clean. An advisor records a twin town
 * with a contact person, uploads its agreement and changes it.
 */
import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { expectAccessible } from './support/axe';
import { unique } from './support/unique';

test("an applicant drafting an idea sees a past project's lesson and opens it", async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const title = unique('E2E Föräldrautbildning för nyanlända');

  await login(page, 'anna.applicant');
  await nav.getByRole('link', { name: 'Projektidéer' }).click();
  await main.getByRole('link', { name: 'Ny projektidé' }).click();
  await page.getByLabel(/^Titel/).fill(title);
  await page.getByLabel(/^Beskrivning/).fill('Utbildning för nyanlända föräldrar i förskolan, med tolk och barnomsorg.');
  await page.getByLabel(/^Uppskattad kostnad/).fill('900000');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const similar = main.getByRole('region', { name: 'Liknande tidigare projekt' });
  const past = similar.getByRole('listitem').first();
  await expect(past.getByRole('link', { name: 'Föräldrautbildning för nyanlända i förskolan' })).toBeVisible();
  await expect(past).toContainText('Räkna med tolkkostnader i budgeten från början');
  await expectAccessible(page, 'idea with similar past projects');

  await past.getByRole('link', { name: 'Föräldrautbildning för nyanlända i förskolan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Föräldrautbildning för nyanlända i förskolan' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Råd till nästa sökande' })).toContainText('Räkna med tolkkostnader');
  await expect(main.getByRole('region', { name: 'Nyckeltal' })).toContainText(/1\s850\s000/);
  await expectAccessible(page, 'library result page');

  await nav.getByRole('link', { name: 'Resultatbibliotek' }).click();
  await page.getByRole('searchbox', { name: 'Sökord' }).fill('utbildningar');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(main.getByRole('link', { name: 'Föräldrautbildning för nyanlända i förskolan' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Gröna tak och dagvatten i Hovsjö' })).toHaveCount(0);
  await expectAccessible(page, 'library search');

  // The twin towns and networks the library's projects came out of: read by everyone signed in.
  await nav.getByRole('link', { name: 'Vänorter' }).click();
  await main.getByRole('link', { name: 'Kristiansand' }).click();
  await expect(main.getByRole('region', { name: 'Samarbetslogg' })).toContainText('Nordiskt vänortsmöte i Kristiansand');
  await expect(main.getByRole('region', { name: /Ansökningar och projekt/ })).toContainText('Föräldrautbildning för nyanlända i förskolan');
  await expectAccessible(page, 'twin town');
  await nav.getByRole('link', { name: 'Externa nätverk' }).click();
  await main.getByRole('link', { name: 'EFFEKNET' }).click();
  await expect(main.getByRole('region', { name: 'Möten' })).toContainText('En mall för slutrapportens lärdomar');
  await expectAccessible(page, 'external network');
});

test('an advisor records a twin town with a contact person, uploads the agreement and changes it', async ({ page }) => {
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const name = unique('E2E Vänort');

  await login(page, 'ada.advisor');
  await nav.getByRole('link', { name: 'Vänorter' }).click();
  await main.getByRole('link', { name: 'Ny vänort' }).click();
  await page.getByLabel(/^Sök organisation i registret/).fill('universit');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const organisation = page.getByRole('combobox', { name: /^Organisation/ });
  await expect(organisation.locator('option').nth(1)).toBeAttached();
  await organisation.selectOption({ index: 1 });
  await page.getByLabel(/^Vänort/).fill(name);
  await page.getByRole('combobox', { name: /^Typ av avtal/ }).selectOption({ label: 'Vänskapsavtal' });
  await page.getByLabel(/^Undertecknat/).fill('2026-05-01');
  await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
  const contact = page.getByRole('group', { name: 'Kontaktperson 1' });
  await contact.getByLabel(/^Namn/).fill('Kari Nordmann');
  await contact.getByLabel(/^E-post/).fill('kari.nordmann@example.org');
  await expectAccessible(page, 'new twin town form');
  await page.getByRole('button', { name: 'Skapa' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(main.getByRole('status')).toContainText(`Vänorten ${name} är registrerad.`);
  await expect(main.getByRole('region', { name: 'Kontaktpersoner' })).toContainText('Kari Nordmann, kari.nordmann@example.org');
  await page.getByLabel('Avtalsdokument', { exact: true }).setInputFiles({
    name: 'vänortsavtal.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await expect(main.getByText('Avtalet vänortsavtal.pdf är sparat.')).toBeVisible();
  await expect(main.getByRole('button', { name: 'vänortsavtal.pdf' })).toBeVisible();
  await expectAccessible(page, 'twin town with agreement');

  await main.getByRole('link', { name: 'Redigera' }).click();
  await page.getByLabel(/^Förnyat/).fill('2026-11-01');
  await page.getByRole('button', { name: 'Ta bort Kontaktperson 1' }).click();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(main.getByRole('status')).toContainText(`Ändringarna i ${name} är sparade.`);
  await expect(main.getByRole('region', { name: 'Kontaktpersoner' })).toContainText('Inga kontaktpersoner.');
});
