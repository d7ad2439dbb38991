import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { createWorkshop } from '../support/library';

const maturityNames = ['Nog niet besproken', 'Verkend', 'In voorbereiding', 'Afgesproken', 'Werkt in de praktijk'];
const importanceNames = ['Laag', 'Midden', 'Hoog'];

async function scoreAs(page: Page, team: string, element: string, maturity: number | 'nvt', importance?: number) {
  await page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: team }).click();
  await page.getByRole('button', { name: element, exact: true }).click();
  const panel = page.getByRole('dialog');
  if (maturity === 'nvt') {
    await panel.getByLabel('Niet van toepassing').click();
    await expect(panel.getByLabel('Niet van toepassing')).toBeChecked();
  } else {
    await panel
      .getByRole('group', { name: 'Stand van zaken' })
      .getByText(maturityNames[maturity - 1]!, { exact: true })
      .click();
    await panel
      .getByRole('group', { name: 'Belang' })
      .getByText(importanceNames[importance! - 1]!, { exact: true })
      .click();
    await expect(panel.getByRole('group', { name: 'Belang' }).getByRole('radio', { checked: true })).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
}

test('the comparison of three teams shows the means and spreads computed by hand', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createWorkshop(page, { title: 'Drie tafels vergelijken' });
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await page.getByRole('button', { name: 'Team toevoegen' }).click();
  await page.getByRole('button', { name: 'Team toevoegen' }).click();
  await expect(page.getByRole('textbox', { name: 'Naam van het team' })).toHaveCount(3);
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();

  // Vraag in beeld: stand 1, 4, 2 and belang 3, 3, 2 → mean stand 7/3 ≈ 2,3, spread 3; mean belang 8/3 ≈ 2,7, spread 1;
  // attention 12, 3, 6 → mean 7.
  await scoreAs(page, 'Team 1', 'Vraag in beeld', 1, 3);
  await scoreAs(page, 'Team 2', 'Vraag in beeld', 4, 3);
  await scoreAs(page, 'Team 3', 'Vraag in beeld', 2, 2);
  // Aanbod in beeld: team 1 stand 3 belang 1, team 2 n.v.t., team 3 nothing → mean 3, no spread.
  await scoreAs(page, 'Team 1', 'Aanbod in beeld', 3, 1);
  await scoreAs(page, 'Team 2', 'Aanbod in beeld', 'nvt');
  // Meer betekenisvol werk: stand 2 and 3, belang 2 and 2 → spread 1.
  await scoreAs(page, 'Team 1', 'Meer betekenisvol werk', 2, 2);
  await scoreAs(page, 'Team 3', 'Meer betekenisvol werk', 3, 2);

  await page.getByRole('link', { name: 'Vergelijken', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Teams vergelijken' })).toBeVisible();

  const row = (title: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  // Soft, so that every difference shows at once.
  await expect
    .soft(row('Vraag in beeld').getByRole('cell'))
    .toHaveText(['stand 1 · belang hoog', 'stand 4 · belang hoog', 'stand 2 · belang midden', '2,3', '3', 'hoog (2,7)', '1']);
  await expect
    .soft(row('Aanbod in beeld').getByRole('cell'))
    .toHaveText(['stand 3 · belang laag', 'n.v.t.', '–', '3', '–', 'laag (1)', '–']);
  await expect
    .soft(row('Meer betekenisvol werk').getByRole('cell'))
    .toHaveText(['stand 2 · belang midden', '–', 'stand 3 · belang midden', '2,5', '1', 'midden (2)', '0']);

  const heat = page.getByRole('listitem').filter({ hasText: '4.1 Vraag in beeld' });
  await expect(heat).toContainText('7');
  await expect(page.getByRole('listitem').filter({ hasText: '4.2 Aanbod in beeld' })).toContainText('2');

  const ranking = page
    .getByRole('region', { name: 'Waar teams het meest verschillen' })
    .getByRole('listitem')
    .filter({ has: page.locator('.ranking-title') });
  await expect(ranking.locator('.ranking-title')).toHaveText(['Vraag in beeld', 'Meer betekenisvol werk']);
  // Belang reads laag/midden/hoog here as on the canvas, and one line says what spreiding is.
  await expect.soft(ranking.first()).toContainText('spreiding stand 3 · belang 1');
  await expect
    .soft(page.getByRole('region', { name: 'Waar teams het meest verschillen' }))
    .toContainText('Spreiding = hoogste min laagste score van de teams (0: iedereen gelijk); belang telt als laag 1, midden 2, hoog 3.');
  await expect.soft(page.getByRole('region', { name: 'Scores per element' })).not.toContainText(/belang \d/);

  await expect(page.getByRole('table', { name: /Gemiddelde stand van zaken/ }).getByRole('row', { name: /Matching/ })).toContainText('2');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/compare-nl-1920.png', fullPage: true });
});
