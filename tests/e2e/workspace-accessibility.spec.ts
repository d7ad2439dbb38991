import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { newActionForm } from '../support/elementPanel';
import { createWorkshop } from '../support/library';

test('element panel, action list and preparation have no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Toegankelijke werkruimte' });
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByText('Afgesproken', { exact: true }).click();
  await panel.getByText('Hoog', { exact: true }).click();
  await panel.getByPlaceholder(/Nieuwe notitie/).fill('Vacatures van drie ziekenhuizen op één lijst');
  await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
  const form = await newActionForm(page);
  await form.getByLabel('Wat', { exact: true }).fill('Vraag in kaart brengen');
  await expectNoSeriousAxeViolations(page);
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(panel.getByRole('listitem', { name: 'Vraag in kaart brengen' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.press('Escape');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await page.getByText('1. Meerwaarde').click();
  await expectNoSeriousAxeViolations(page);
});

test('arrow keys move across the plate, Enter opens an element, Escape returns to its card', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Toetsenbord op de plaat' });
  const first = page.getByRole('button', { name: 'Meer betekenisvol werk', exact: true });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Minder verlies van kwaliteit van diensten', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Salaris en arbeidsvoorwaarden', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Begeleiding en inwerken', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Verbinder en platform', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('heading', { level: 2, name: 'Verbinder en platform' })).toBeFocused();

  // Score with the keyboard alone: Tab to the maturity choices, arrows pick, the card follows.
  const firstChoice = panel.getByRole('radio', { name: /Nog niet besproken/ });
  for (let presses = 0; presses < 6 && !(await firstChoice.evaluate((node) => node === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstChoice).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('radio', { name: /Verkend/ })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Verbinder en platform', exact: true })).toBeFocused();
  await expect(page.getByRole('article', { name: 'Verbinder en platform' })).toContainText('2 · Verkend');
});

for (const [width, height] of [
  [1024, 768],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`the plate and the open element panel fit at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await createWorkshop(page, { title: `Werkruimte ${width}` });
    const plate = page.locator('.plate');
    const box = (await plate.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.getByRole('button', { name: 'Passend takenpakket', exact: true }).click();
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(width);
    await expect(page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('button', { name: 'Ongedaan maken' })).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Canvas van team' })).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/panel-nl-${width}.png` });
  });
}
