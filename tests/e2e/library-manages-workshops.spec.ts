import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from '../support/library';

async function backToLibrary(page: Page) {
  await page.getByRole('link', { name: 'Alle workshops' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
}

function row(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

async function openRowMenu(page: Page, title: string) {
  await page.getByRole('button', { name: `Meer acties voor ${title}`, exact: true }).click();
}

test('a facilitator renames, duplicates, deletes and restores a workshop', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, {
    title: 'Defensie HR-ecosysteem',
    organisations: [{ name: 'Defensie', kind: 'Maatschappelijk cruciale sector' }],
  });
  await backToLibrary(page);

  await openRowMenu(page, 'Defensie HR-ecosysteem');
  await page.getByRole('menuitem', { name: 'Naam wijzigen' }).click();
  const rename = page.getByRole('dialog', { name: 'Naam van de workshop wijzigen' });
  await rename.getByLabel('Naam').fill('Defensie en bedrijven');
  await rename.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row(page, 'Defensie en bedrijven')).toBeVisible();

  await openRowMenu(page, 'Defensie en bedrijven');
  await page.getByRole('menuitem', { name: 'Dupliceren' }).click();
  await expect(row(page, 'Defensie en bedrijven (kopie)')).toBeVisible();
  await expect(row(page, 'Defensie en bedrijven (kopie)').getByRole('list', { name: 'Organisaties' })).toContainText('Defensie');
  await expect(page.getByRole('heading', { name: '2 workshops' })).toBeVisible();

  // Deleting asks first; cancelling keeps the workshop.
  await openRowMenu(page, 'Defensie en bedrijven');
  await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Workshop verwijderen?' });
  await expect(confirm).toContainText('“Defensie en bedrijven” wordt verwijderd');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(row(page, 'Defensie en bedrijven')).toBeVisible();

  await openRowMenu(page, 'Defensie en bedrijven');
  await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Workshop verwijderen' }).click();
  await expect(row(page, 'Defensie en bedrijven')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '1 workshop' })).toBeVisible();

  // …and can be undone: the workshop comes back whole, plate and all.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(row(page, 'Defensie en bedrijven')).toBeVisible();
  await page.getByRole('link', { name: 'Defensie en bedrijven', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(20);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Defensie en bedrijven' })).toBeVisible();
});

test('a link to a workshop that no longer exists says so and leads back', async ({ page }) => {
  await page.goto('/#/workshop/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Workshop niet gevonden' })).toBeVisible();
  await page.getByRole('link', { name: 'Alle workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
});
