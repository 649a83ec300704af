/** What people do on an application in several specs: a workflow step (button, dialog, confirmation), a lead and a budget. */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

/** Opens a workflow step's dialog, fills its fields and confirms; waits for the success notice. */
export async function takeStep(page: Page, action: string, status: string, fields: Record<string, string> = {}, axeLabel?: string) {
  const main = page.getByRole('main');
  await main.getByRole('region', { name: 'Åtgärder' }).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('alertdialog', { name: action });
  await expect(dialog).toBeVisible();
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
  if (axeLabel) await expectAccessible(page, axeLabel);
  await dialog.getByRole('button', { name: action }).click();
  await expect(dialog).toHaveCount(0);
  await expect(main.getByRole('status').filter({ hasText: `Ansökan har nu status ${status}.` })).toBeVisible();
}

/** Puts Södertälje kommun in the draft's partnership as lead and gives it a valid budget with one staff line. */
export async function leadWithBudget(page: Page, lineDescription: string) {
  const main = page.getByRole('main');
  const partnership = main.getByRole('region', { name: 'Partnerskap' });
  const addOrganisation = partnership.getByRole('form', { name: 'Lägg till organisation' });
  await addOrganisation.getByRole('searchbox', { name: 'Sök organisation i partnerregistret' }).fill('Södertälje kommun');
  await addOrganisation.getByRole('radio', { name: /^Södertälje kommun,/ }).first().check();
  await addOrganisation.getByLabel(/^Roll i partnerskapet/).selectOption('LEAD_PARTNER');
  await addOrganisation.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(partnership.getByRole('status').filter({ hasText: /har lagts till i partnerskapet som Huvudpartner/ })).toBeVisible();
  await main.getByRole('region', { name: 'Budget', exact: true }).getByRole('link', { name: 'Skapa budget' }).click();
  const lead = main.getByRole('region', { name: 'Södertälje kommun', exact: true });
  await lead.getByLabel(/^EU-andel i procent/).fill('40');
  await lead.getByRole('button', { name: 'Lägg till kostnadsrad för Södertälje kommun' }).click();
  const line = lead.getByRole('group', { name: /^Rad 1/ });
  await line.getByLabel('Beskrivning').fill(lineDescription);
  await line.getByLabel('Kostnadskategori').selectOption('STAFF');
  await line.getByLabel(/^Belopp/).fill('300000');
  await lead.getByLabel('Kommunens egna medel').fill('180000');
  await expect(main.getByRole('status').filter({ hasText: 'Budgeten följer reglerna.' })).toBeVisible();
  await main.getByRole('button', { name: 'Skapa budget', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Budgeten har sparats.' })).toBeVisible();
}
