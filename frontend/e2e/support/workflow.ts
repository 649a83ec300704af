/** An application's workflow step as a person takes it: the button, its dialog, the confirmation. */
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
