import { expect, test } from '@playwright/test';
import { createWorkshop } from '../support/library';

const screens = 'test-results/screens';

test('the interface is Dutch by default, switches to English, remembers it, and switches back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await createWorkshop(page, {
    title: 'Brainport hybride docenten',
    date: '2026-11-26',
    location: 'Eindhoven',
    organisations: [
      { name: 'ASML', kind: 'Reguliere werkgever' },
      { name: 'Summa College', kind: 'Maatschappelijk cruciale sector' },
      { name: 'Gemeente Eindhoven', kind: 'Anders' },
    ],
    screenshot: `${screens}/create-dialog-nl-1280.png`,
  });
  await page.getByRole('article', { name: 'Salaris en arbeidsvoorwaarden' }).getByRole('button', { name: 'Hulpvragen tonen' }).click();
  await page.screenshot({ path: `${screens}/plate-nl-1280.png` });
  await page.getByRole('link', { name: 'Alle workshops' }).first().click();
  await page.screenshot({ path: `${screens}/library-nl-1280.png` });

  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await expect(page.getByText('26 November 2026')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${screens}/library-en-1280.png` });

  await page.getByRole('link', { name: 'Brainport hybride docenten' }).click();
  await expect(page.getByRole('region', { name: 'Added value' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Reducing staff shortages' })).toBeVisible();
  await page.getByRole('article', { name: 'Pay and terms of employment' }).getByRole('button', { name: 'Show guiding questions' }).click();
  await page.screenshot({ path: `${screens}/plate-en-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${screens}/plate-en-1920.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Remembered on this computer: a reload stays English.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Tailoring' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'All workshops' })).toBeVisible();

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('region', { name: 'Maatwerk' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Maatwerk' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
