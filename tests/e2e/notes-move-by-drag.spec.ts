import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshop } from '../support/library';

async function drag(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('a note is dragged onto another element, then onto another team, and the move can be undone', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Slepen met notities' });
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await page.getByRole('button', { name: 'Team toevoegen' }).click();
  await expect(page.getByRole('textbox', { name: 'Naam van het team' })).toHaveCount(2);
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();

  await page.getByRole('button', { name: 'Meer betekenisvol werk', exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByPlaceholder(/Nieuwe notitie/).fill('Verhalen van hybride docenten verzamelen');
  await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(panel.locator('.note')).toHaveCount(1);

  const target = page.getByRole('article', { name: 'Minder verlies van kwaliteit van diensten' });
  await drag(page, panel.getByRole('button', { name: 'Notitie slepen naar een element of team' }), target);
  await expect(
    page.locator('.toast').getByText('Notitie verplaatst naar “Minder verlies van kwaliteit van diensten” (Team 1).'),
  ).toBeVisible();
  await expect(panel.locator('.note')).toHaveCount(0);
  await expect(target.getByTitle('1 notitie')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Meer betekenisvol werk' }).getByTitle('1 notitie')).toHaveCount(0);

  // From that element's panel onto the other team's button: same element, other team.
  await page.getByRole('button', { name: 'Minder verlies van kwaliteit van diensten', exact: true }).click();
  await expect(panel.locator('.note textarea')).toHaveValue('Verhalen van hybride docenten verzamelen');
  const teamTwo = page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: 'Team 2' });
  await drag(page, panel.getByRole('button', { name: 'Notitie slepen naar een element of team' }), teamTwo);
  await expect(
    page.locator('.toast').getByText('Notitie verplaatst naar “Minder verlies van kwaliteit van diensten” (Team 2).'),
  ).toBeVisible();
  await expect(panel.locator('.note')).toHaveCount(0);
  await teamTwo.click();
  await expect(page.getByRole('article', { name: 'Minder verlies van kwaliteit van diensten' }).getByTitle('1 notitie')).toBeVisible();
  await expect(panel.locator('.note textarea')).toHaveValue('Verhalen van hybride docenten verzamelen');

  // Undo puts it back on Team 1.
  await page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(panel.locator('.note')).toHaveCount(0);
  await page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: 'Team 1' }).click();
  await expect(panel.locator('.note textarea')).toHaveValue('Verhalen van hybride docenten verzamelen');
});
