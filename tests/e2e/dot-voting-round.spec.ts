import { expect, test } from '@playwright/test';
import { readDatabase } from '../support/database';
import { createWorkshop, openFacilitation } from '../support/library';

test('a voting round: teams place and take back dots within their budget, the result stays hidden until revealed, and is stored', async ({
  page,
}) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Stippen plakken' });
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await page.getByRole('button', { name: 'Team toevoegen' }).click();
  await expect(page.getByRole('textbox', { name: 'Naam van het team' })).toHaveCount(2);
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();

  await openFacilitation(page);
  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  await controls.getByLabel('Stippen per team').fill('2');
  await controls.getByRole('button', { name: 'Stemronde starten' }).click();
  await expect(controls).toContainText('Ronde 1 · 2 stippen per team');
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    controls.getByRole('button', { name: 'Projectorvenster openen' }).click(),
  ]);
  const shown = projector.getByRole('main', { name: 'Presentatie van de actieplaat' });
  await expect(shown.getByRole('status')).toHaveText('Stemronde 1 loopt · uitslag verborgen');

  const teams = page.getByRole('group', { name: 'Canvas van team' });
  const add = (element: string) => page.getByRole('button', { name: `Stip plakken op ${element}` });
  const remove = (element: string) => page.getByRole('button', { name: `Stip weghalen van ${element}` });

  await teams.getByRole('button', { name: 'Team 1' }).click();
  await add('Vraag in beeld').click();
  await add('Vraag in beeld').click();
  await expect(page.getByText('Nog 0 stippen voor Team 1')).toBeVisible();
  await expect(add('Aanbod in beeld')).toBeDisabled();
  await remove('Vraag in beeld').click();
  await expect(page.getByText('Nog 1 stip voor Team 1')).toBeVisible();
  await add('Aanbod in beeld').click();
  await expect(page.getByText('Nog 0 stippen voor Team 1')).toBeVisible();

  await teams.getByRole('button', { name: 'Team 2' }).click();
  await expect(page.getByText('Nog 2 stippen voor Team 2')).toBeVisible();
  await add('Vraag in beeld').click();
  await add('Vraag in beeld').click();
  await expect(page.getByText('Nog 0 stippen voor Team 2')).toBeVisible();

  // Hidden: no team sees the totals, the projector shows nothing of the result.
  await expect(page.getByRole('article', { name: 'Vraag in beeld' })).not.toContainText('stippen');
  await expect(shown.getByText('3 stippen')).toHaveCount(0);

  await controls.getByLabel('Uitslag tonen').check();
  const result = controls.getByRole('list', { name: 'Uitslag ronde 1' });
  await expect(result.getByRole('listitem')).toHaveText(['Vraag in beeld 3 stippen', 'Aanbod in beeld 1 stip']);
  await expect(page.getByRole('article', { name: 'Vraag in beeld' })).toContainText('3 stippen');
  await expect(shown.getByRole('status')).toHaveText('Uitslag ronde 1: 1. Vraag in beeld (3) · 2. Aanbod in beeld (1)');
  await expect(shown.getByRole('listitem').filter({ hasText: 'Vraag in beeld' })).toContainText('3 stippen');
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.screenshot({ path: 'test-results/screens/projector-voting-1920.png' });

  const stored = (await readDatabase(page))['votes'] as { round: number; teamId: string; elementId: string; dots: number }[];
  expect(stored.map(({ round, elementId, dots }) => `${round} ${elementId} ${dots}`).sort()).toEqual([
    '1 matching.aanbod 1',
    '1 matching.vraag 1',
    '1 matching.vraag 2',
  ]);

  // Undo takes back the last dot, like any edit.
  await page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(result.getByRole('listitem')).toHaveText(['Vraag in beeld 2 stippen', 'Aanbod in beeld 1 stip']);

  await controls.getByRole('button', { name: 'Ronde afsluiten' }).click();
  await expect(shown.getByRole('status')).toHaveCount(0);
  await expect(controls.getByRole('button', { name: 'Stemronde starten' })).toBeVisible();
});

test('a voting round per participant: each participant has their own dots', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Stippen per deelnemer' });
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  const form = page.getByRole('form', { name: 'Deelnemer toevoegen' });
  for (const name of ['Łukasz Wróbel', 'Мария Иванова']) {
    await form.getByLabel('Naam').fill(name);
    await form.getByLabel('Team').selectOption({ label: 'Team 1' });
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(form.getByLabel('Naam')).toHaveValue('');
  }
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  await openFacilitation(page);
  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  await controls.getByLabel('Stippen per team of deelnemer').fill('1');
  await controls.getByLabel('Wie plakt').selectOption({ label: 'per deelnemer' });
  await controls.getByRole('button', { name: 'Stemronde starten' }).click();
  await expect(controls).toContainText('Ronde 1 · 1 stip per deelnemer');

  const voter = page.getByLabel('Deelnemer die plakt');
  await voter.selectOption({ label: 'Łukasz Wróbel' });
  await page.getByRole('button', { name: 'Stip plakken op Vraag in beeld' }).click();
  await expect(page.getByText('Nog 0 stippen voor Łukasz Wróbel')).toBeVisible();
  await voter.selectOption({ label: 'Мария Иванова' });
  await expect(page.getByText('Nog 1 stip voor Мария Иванова')).toBeVisible();
  await page.getByRole('button', { name: 'Stip plakken op Aanbod in beeld' }).click();
  await expect(page.getByText('Nog 0 stippen voor Мария Иванова')).toBeVisible();

  await controls.getByLabel('Uitslag tonen').check();
  await expect(controls.getByRole('list', { name: 'Uitslag ronde 1' }).getByRole('listitem')).toHaveText([
    'Vraag in beeld 1 stip',
    'Aanbod in beeld 1 stip',
  ]);
  const stored = (await readDatabase(page))['votes'] as { participantId?: string }[];
  expect(stored.filter((vote) => vote.participantId)).toHaveLength(2);
});
