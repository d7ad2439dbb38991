import { expect, test } from '@playwright/test';
import { createWorkshop } from '../support/library';

test('presentation mode: whole plate and one theme in large type, clicker keys, blank screen, scores revealed, Escape back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await createWorkshop(page, { title: 'Zorgreserve Noord — plenair' });
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  await page.getByRole('dialog').getByText('Verkend', { exact: true }).click();
  await page.getByRole('dialog').getByText('Hoog', { exact: true }).click();
  await expect(page.getByRole('article', { name: 'Vraag in beeld' })).toContainText('2 · Verkend');

  await page.getByRole('link', { name: 'Presenteren' }).click();
  const presentation = page.getByRole('main', { name: 'Presentatie van de actieplaat' });
  await expect(presentation.getByRole('region')).toHaveCount(4);
  await expect(presentation.getByRole('listitem')).toHaveCount(20);
  const titleSize = async (title: string) =>
    presentation.getByRole('heading', { level: 3, name: title }).evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(await titleSize('Vraag in beeld')).toBeGreaterThanOrEqual(28);
  await expect(presentation).toContainText('Scores verborgen');
  await expect(presentation).not.toContainText('stand 2');
  await page.screenshot({ path: 'test-results/screens/present-plate-1920.png' });

  await page.keyboard.press('PageDown');
  await expect(presentation.getByRole('region')).toHaveCount(1);
  await expect(presentation.getByRole('region', { name: 'Meerwaarde' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(presentation.getByRole('region', { name: 'Matching' })).toBeVisible();
  await expect(presentation.getByText('Hoe brengen we de juiste mensen en het juiste werk samen?')).toBeVisible();
  expect(await titleSize('Vraag in beeld')).toBeGreaterThanOrEqual(28);

  await page.keyboard.press('s');
  await expect(presentation).toContainText('Gemiddelde van 1 team');
  await expect(presentation.getByRole('listitem').filter({ hasText: 'Vraag in beeld' })).toContainText('stand 2');
  await expect(presentation.getByRole('listitem').filter({ hasText: 'Vraag in beeld' })).toContainText('Aandacht 9');
  await page.screenshot({ path: 'test-results/screens/present-theme-1920.png' });

  await page.keyboard.press('b');
  await expect(presentation.getByRole('region')).toHaveCount(0);
  await expect(presentation.getByRole('status')).toHaveText('Scherm op zwart. Druk op B om terug te keren.');
  await page.keyboard.press('b');
  await expect(presentation.getByRole('region', { name: 'Matching' })).toBeVisible();

  // A reload keeps the theme and the revealed scores.
  await page.reload();
  await expect(presentation.getByRole('region', { name: 'Matching' })).toBeVisible();
  await expect(presentation).toContainText('Gemiddelde van 1 team');

  await page.keyboard.press('Home');
  await expect(presentation.getByRole('region')).toHaveCount(4);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Zorgreserve Noord — plenair' })).toBeVisible();
});
