import { expect, test, type Page } from '@playwright/test';
import { commandRegistry, type CommandId, type CommandSpec } from '../../shared/commands/registry';
import { ariaKeyShortcut, shortcutText } from '../../shared/commands/shortcuts';
import { nl } from '../../shared/i18n/nl';
import { createWorkshop } from '../support/library';

/**
 * Every command of the registry with a key is in the keyboard help, with its name and every key, and the
 * toolbar's buttons are registry commands showing the registry's keys. The keys act where the help says:
 * Ctrl+Z in the library undoes a library operation, and the registry's keys run on the plate and in the
 * presentation. (The desktop menu is listed against the registry in electron/main/menu.test.ts.)
 */

const entries = Object.entries(commandRegistry) as [CommandId, CommandSpec][];
const withKeys = entries.filter(([, spec]) => (spec.shortcuts ?? []).length > 0);
/** Chromium on Linux: Ctrl, and every shortcut that is not for a Mac. */
const keysOf = (spec: CommandSpec, digits = 9) =>
  (spec.shortcuts ?? []).filter((shortcut) => shortcut.platform !== 'mac').map((shortcut) => shortcutText(shortcut, false, digits));

async function openHelp(page: Page) {
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toBeVisible();
  return help;
}

test('the keyboard help and the toolbar list the registry’s commands and keys', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Sneltoetsen' });

  const help = await openHelp(page);
  const rows = help.locator('[data-command]');
  await expect(rows).toHaveCount(withKeys.length);
  for (const [id, spec] of withKeys) {
    const row = help.locator(`[data-command="${id}"]`);
    await expect(row.locator('dt')).toHaveText(nl.commands[spec.label]);
    await expect(row.locator('kbd')).toHaveText(keysOf(spec));
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The toolbar's buttons: registry commands, with the registry's name and keys.
  const toolbar = page.getByRole('toolbar', { name: 'Bewerken' });
  const buttons = toolbar.locator('button[data-command]');
  await expect(buttons).toHaveCount(2);
  for (const id of await buttons.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-command')))) {
    const spec = commandRegistry[id as CommandId] as CommandSpec;
    const button = toolbar.locator(`[data-command="${id}"]`);
    await expect(button).toHaveAccessibleName(nl.commands[spec.label]);
    await expect(button).toHaveAttribute(
      'aria-keyshortcuts',
      (spec.shortcuts ?? [])
        .filter((shortcut) => shortcut.platform !== 'mac')
        .map((shortcut) => ariaKeyShortcut(shortcut, false))
        .join(' '),
    );
    await expect(button).toHaveAttribute('title', `${nl.commands[spec.label]} (${keysOf(spec)[0]})`);
  }

  // The keys run what the help says: Ctrl+S saves the workshop file, also from a text field.
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(download.suggestedFilename()).toMatch(/Sneltoetsen.*\.actieplaat$/);

  // The projector's key line is the presentation's part of the help, digits up to the plate's four themes.
  await page.keyboard.press('F5');
  await expect(page).toHaveURL(/#\/present\//);
  const line = page.locator('.presentation-keys');
  for (const [, spec] of withKeys.filter(([, spec]) => spec.scope === 'presentation'))
    await expect(line).toContainText(`${keysOf(spec, 4)[0]} ${nl.commands[spec.label]}`);
  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/workshop\//);
});

test('in the library, Ctrl+Z and Ctrl+Shift+Z undo and redo a rename, and a text field keeps its own undo', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Zorgreserve' });
  await page.getByRole('link', { name: 'Alle workshops' }).first().click();
  await page.getByRole('button', { name: 'Meer acties voor Zorgreserve', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Naam wijzigen' }).click();
  const rename = page.getByRole('dialog', { name: 'Naam van de workshop wijzigen' });
  await rename.getByLabel('Naam').fill('Zorgreserve Brabant');
  await rename.getByRole('button', { name: 'Opslaan' }).click();
  const title = (name: string) => page.getByRole('link', { name, exact: true });
  await expect(title('Zorgreserve Brabant')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(title('Zorgreserve')).toBeVisible();
  await expect(page.locator('.toast-message', { hasText: 'Ongedaan gemaakt: Naam wijzigen (“Zorgreserve”).' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(title('Zorgreserve Brabant')).toBeVisible();

  // In the new-workshop dialog's title field, Ctrl+Z is the field's own.
  await page.getByRole('button', { name: 'Nieuwe workshop' }).first().click();
  const field = page.getByRole('dialog', { name: 'Nieuwe workshop' }).getByLabel('Titel');
  await field.fill('Onderwijs');
  await field.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(title('Zorgreserve Brabant')).toBeVisible();
});
