import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { shareMenu } from '../support/files';
import { createWorkshop } from '../support/library';

test('the whole workshop is saved as an .actieplaat file (a real download) that holds what was entered', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, {
    title: 'Zorg/techniek: Brainport',
    date: '2026-12-03',
    organisations: [{ name: 'ASML', kind: 'Reguliere werkgever' }],
  });
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByText('Verkend', { exact: true }).click();
  await panel.getByLabel('Afspraken', { exact: true }).fill('Ζωή inventariseert de vraag per afdeling.');
  // Saved at once, typing delay or not: the export flushes what is being typed.
  const [download] = await Promise.all([page.waitForEvent('download'), shareMenu(page, 'Workshopbestand')]);
  expect(download.suggestedFilename()).toBe('Actieplaat Zorg techniek Brainport 2026-12-03.actieplaat');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'actieplaat.workshop', formatVersion: 1, app: { name: 'actieplaat' } });
  expect(file.workshop).toMatchObject({
    title: 'Zorg/techniek: Brainport',
    date: '2026-12-03',
    organisations: [{ name: 'ASML', kind: 'regulier' }],
  });
  expect(file.teams.map((team: { name: string }) => team.name)).toEqual(['Team 1']);
  expect(file.assessments).toEqual([
    expect.objectContaining({ elementId: 'matching.vraag', maturity: 2, agreements: 'Ζωή inventariseert de vraag per afdeling.' }),
  ]);
  expect(JSON.stringify(file)).not.toContain('workshopId');
  await expect(
    page.locator('.toast').getByText('Opgeslagen als “Actieplaat Zorg techniek Brainport 2026-12-03.actieplaat”.'),
  ).toBeVisible();
});
