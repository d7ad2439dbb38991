import { expect, test, type Page } from '@playwright/test';
import { newActionForm } from '../support/elementPanel';
import { createWorkshop } from '../support/library';

/**
 * Text is stored 300 ms after the last key, and comes back from the database a moment later. That echo
 * of the field's own text must never replace what was typed since (found by the crash-safety stress
 * spec: keys vanished while typing on a busy machine), and until the text is stored the toolbar says so.
 */

const saveStatus = (page: Page) => page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('status');

test('a title typed with a pause after a space keeps the space, and the toolbar says "Opslaan…" until it is stored', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Pauzes' });
  await page.getByRole('button', { name: 'Passend takenpakket', exact: true }).click();
  const panel = page.getByRole('dialog');
  const form = await newActionForm(page);
  await form.getByLabel('Wat', { exact: true }).fill('Pilot');
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  const title = panel.locator('.action-card').getByLabel('Wat', { exact: true });
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' x ');
  // Typed, not stored yet: the typing delay has still to pass.
  await expect(saveStatus(page)).toHaveText('Opslaan…');
  await expect(saveStatus(page)).toHaveText('Opgeslagen');
  await page.keyboard.type('met', { delay: 30 });
  await expect(saveStatus(page)).toHaveText('Opgeslagen');
  await expect(title).toHaveValue('Pilot x met');
});

test('on a slow machine every key typed in the afspraken stays, also when a key comes just after the typing delay', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Traag' });
  await page.getByRole('button', { name: 'Passend takenpakket', exact: true }).click();
  const agreements = page.getByRole('dialog').getByLabel('Afspraken', { exact: true });
  await agreements.click();
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 12 });
  // Keys about as far apart as the typing delay: each is stored while the next is typed.
  const text = 'dinsdag om 9';
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(280);
  }
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(saveStatus(page)).toHaveText('Opgeslagen');
  await expect(agreements).toHaveValue(text);
});
