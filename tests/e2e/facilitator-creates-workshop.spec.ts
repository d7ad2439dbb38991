import { expect, test } from '@playwright/test';
import { createWorkshop } from '../support/library';

test('a facilitator creates a workshop, sees the whole plate, and finds it again after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Nog geen workshops' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(/Actieplaat \d+\.\d+\.\d+ · Browsereditie/);
  await expect(page.getByRole('contentinfo')).toContainText('Gegevens: in de opslag van deze browser');

  await createWorkshop(page, {
    title: 'Zorg en techniek — Łukasz, Şahin, Ζωή en Мария',
    date: '2026-12-03',
    location: 'Eindhoven',
    organisations: [
      { name: 'ASML', kind: 'Reguliere werkgever' },
      { name: 'Catharina Ziekenhuis', kind: 'Maatschappelijk cruciale sector' },
    ],
  });

  // The plate: four themes, five elements each, in Dutch.
  const themes = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
  for (const name of ['Meerwaarde', 'Maatwerk', 'Mogelijkheden', 'Matching']) {
    const theme = page.getByRole('region', { name });
    await expect(theme).toBeVisible();
    await expect(theme.getByRole('article')).toHaveCount(5);
  }
  await expect(themes).toHaveCount(4);
  await expect(page.getByRole('article')).toHaveCount(20);
  await expect(page.getByRole('heading', { level: 3, name: 'Terugdringen van personeelstekorten' })).toBeVisible();
  await expect(page.getByText('3 december 2026')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: 'Team 1', pressed: true })).toBeVisible();

  // Guiding questions on demand.
  const card = page.getByRole('article', { name: 'Opleiding en bijscholing' });
  await expect(card.getByText('Welke opleiding of bevoegdheid is nodig?')).toBeHidden();
  await card.getByRole('button', { name: 'Hulpvragen tonen' }).click();
  await expect(card.getByText('Welke opleiding of bevoegdheid is nodig? Wie verzorgt en betaalt die?')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Vraag in beeld' }).getByText('Werkversie')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Zorg en techniek — Łukasz, Şahin, Ζωή en Мария' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(20);

  await page.getByRole('link', { name: 'Alle workshops' }).first().click();
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Zorg en techniek/ }) });
  await expect(row).toContainText('3 december 2026');
  await expect(row.getByRole('list', { name: 'Organisaties' })).toContainText('ASML');
  await expect(row.getByRole('list', { name: 'Organisaties' })).toContainText('Catharina Ziekenhuis');
  await expect(row).toContainText('zojuist');
});

test('a workshop without a title is refused with a message in Dutch, and nothing is stored', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuwe workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe workshop' });
  await dialog.getByLabel('Titel').fill('   ');
  await dialog.getByRole('button', { name: 'Workshop maken' }).click();
  await expect(dialog.getByText('Geef de workshop een titel.')).toBeVisible();
  await expect(dialog.getByLabel('Titel')).toBeFocused();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen workshops' })).toBeVisible();
});
