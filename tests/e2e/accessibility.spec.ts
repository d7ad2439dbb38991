import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { createWorkshop } from '../support/library';

test('library, create dialog and plate have no serious accessibility violations, in Dutch and English', async ({ page }) => {
  await page.goto('/');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Nieuwe workshop' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');

  await createWorkshop(page, {
    title: 'Toegankelijkheid',
    organisations: [{ name: 'Zorggroep', kind: 'Maatschappelijk cruciale sector' }],
  });
  await page.getByRole('article', { name: 'Vraag in beeld' }).getByRole('button', { name: 'Hulpvragen tonen' }).click();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Alle workshops' }).first().click();
  await expect(page.getByRole('link', { name: 'Toegankelijkheid' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the library and plate work with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Importeren' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Nieuwe workshop' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Nieuwe workshop' }).getByLabel('Titel')).toBeFocused();
  await page.keyboard.type('Alleen toetsenbord');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Alleen toetsenbord' })).toBeVisible();

  const help = page.getByRole('article', { name: 'Meer betekenisvol werk' }).getByRole('button', { name: 'Hulpvragen tonen' });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Wat maakt de inzet betekenisvol voor onze mensen?')).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'Meer betekenisvol werk' }).getByRole('button', { name: 'Hulpvragen verbergen' }),
  ).toBeFocused();
});
