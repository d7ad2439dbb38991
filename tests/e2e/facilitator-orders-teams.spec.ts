import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { importThroughPicker, shareMenu, tool, workshopFileBytes, writeTemp } from '../support/files';
import { newActionForm } from '../support/elementPanel';

/** Every new record's id one lower than the one before: the tables' ids sort in the opposite order of their making. */
async function descendingIds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let next = 0xffffffffff;
    const randomUUID = () => `ffffffff-0000-4000-8000-${(next--).toString(16).padStart(12, '0')}`;
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: randomUUID });
  });
}

const switcher = (page: Page) => page.getByRole('group', { name: 'Canvas van team' }).getByRole('button');
const teamNameFields = (page: Page) => page.getByRole('textbox', { name: 'Naam van het team' });
/** The names in Voorbereiding's team list, top to bottom. */
const namesInSetup = (page: Page) =>
  expect.poll(() => teamNameFields(page).evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value)));

async function download(page: Page, start: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), start()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

async function addAction(page: Page, team: string, title: string): Promise<void> {
  await switcher(page).filter({ hasText: team }).click();
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  const panel = page.getByRole('dialog');
  const form = await newActionForm(page);
  await form.getByLabel('Wat', { exact: true }).fill(title);
  await form.getByLabel('Wie', { exact: true }).fill('Şahin Yılmaz');
  await form.getByLabel('Wanneer', { exact: true }).fill('2027-01-15');
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(form).toBeHidden();
  await expect(panel.getByRole('listitem', { name: title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}

test('the facilitator names the tables when creating the workshop, reorders them, and every screen and export keeps that order', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await descendingIds(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuwe workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe workshop' });
  await dialog.getByLabel('Titel').fill('Tafels op volgorde');
  await dialog.getByLabel('Datum').fill('2026-12-03');
  await dialog.getByRole('textbox', { name: /Facilitator/ }).fill('Eva Ñúñez');
  const teams = dialog.getByRole('group', { name: 'Teams (tafels)' });
  await expect(teams.getByRole('textbox', { name: 'Naam van team 1' })).toHaveValue('Team 1');
  await teams.getByRole('spinbutton', { name: 'Aantal teams' }).fill('3');
  await expect(teams.getByRole('textbox', { name: 'Naam van team 3' })).toHaveValue('Team 3');
  await teams.getByRole('textbox', { name: 'Naam van team 1' }).fill('Noord');
  await teams.getByRole('textbox', { name: 'Naam van team 2' }).fill('Zuid');
  await teams.getByRole('textbox', { name: 'Naam van team 3' }).fill(' ');
  await dialog.getByRole('button', { name: 'Workshop maken' }).click();
  await expect(teams.getByText('Geef elk team een naam.')).toBeVisible();
  await expect(teams.getByRole('textbox', { name: 'Naam van team 3' })).toBeFocused();
  await teams.getByRole('textbox', { name: 'Naam van team 3' }).fill('Midden');
  await page.screenshot({ path: 'test-results/screens/new-workshop-teams-nl-1280.png' });
  await dialog.getByRole('button', { name: 'Workshop maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tafels op volgorde' })).toBeVisible();

  // Made in the order named; their ids sort Midden, Zuid, Noord and their names Midden, Noord, Zuid.
  await expect(switcher(page)).toHaveText(['Noord', 'Zuid', 'Midden']);

  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Facilitator' })).toHaveValue('Eva Ñúñez');
  await namesInSetup(page).toEqual(['Noord', 'Zuid', 'Midden']);
  await expect(page.getByRole('button', { name: 'Noord omhoog' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Midden omlaag' })).toBeDisabled();
  await page.getByRole('button', { name: 'Zuid omhoog' }).click();
  await namesInSetup(page).toEqual(['Zuid', 'Noord', 'Midden']);
  // By keyboard, and undone like any edit.
  await page.getByRole('button', { name: 'Midden omhoog' }).focus();
  await page.keyboard.press('Enter');
  await namesInSetup(page).toEqual(['Zuid', 'Midden', 'Noord']);
  await expect(page.getByRole('button', { name: 'Midden omhoog' })).toBeFocused();
  await page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await namesInSetup(page).toEqual(['Zuid', 'Noord', 'Midden']);
  await page.screenshot({ path: 'test-results/screens/setup-team-order-nl-1280.png' });

  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  await expect(switcher(page)).toHaveText(['Zuid', 'Noord', 'Midden']);
  // The same action at each table, made in yet another order.
  for (const team of ['Noord', 'Midden', 'Zuid']) await addAction(page, team, 'Startgesprek plannen');

  await page.getByRole('link', { name: 'Vergelijken', exact: true }).click();
  const headers = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Zuid' }) })
    .getByRole('columnheader');
  await expect(headers.nth(1)).toHaveText('Zuid');
  await expect(headers.nth(2)).toHaveText('Noord');
  await expect(headers.nth(3)).toHaveText('Midden');

  const file = await download(page, () => shareMenu(page, 'Workshopbestand'));
  const data = JSON.parse(file.bytes.toString('utf8')) as WorkshopData;
  expect(data.teams.map((team) => team.name)).toEqual(['Zuid', 'Noord', 'Midden']);
  expect([...data.teams.map((team) => team.id)].sort()).toEqual(
    ['Midden', 'Zuid', 'Noord'].map((name) => data.teams.find((team) => team.name === name)!.id),
  );
  expect(data.workshop.facilitator).toBe('Eva Ñúñez');

  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  const csv = await download(page, () => page.getByRole('button', { name: 'Acties (CSV)' }).click());
  const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1).trim()).data;
  expect(rows.slice(1).map((row) => row[6])).toEqual(['Zuid', 'Noord', 'Midden']);

  await page.getByRole('button', { name: 'Actieplan (PDF)' }).click();
  const pdfDialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  const pdf = await download(page, () => pdfDialog.getByRole('button', { name: 'PDF maken' }).click());
  const path = writeTemp('team-order.pdf', pdf.bytes);
  const cover = tool('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-']);
  expect(cover).toContain('Eva Ñúñez');
  const places = ['Zuid', 'Noord', 'Midden'].map((name) => cover.indexOf(name));
  expect(places.every((place) => place >= 0)).toBe(true);
  expect([...places].sort((a, b) => a - b)).toEqual(places);
});

/** A workshop from another laptop: its tables in the file's order, the ids sorting Zuid, Midden, Noord, the names Midden, Noord, Zuid. */
async function importFileWorkshop(page: Page): Promise<void> {
  let n = 0;
  const data = createWorkshopData({ title: 'Uit een bestand', date: '2026-12-03', language: 'nl', organisations: [] }, 'Tafel 1', {
    newId: () => `id-${++n}`,
    now: () => '2026-11-22T10:00:00.000Z',
  });
  data.teams = [
    { id: 'a', name: 'Zuid', colour: '#123456' },
    { id: 'c', name: 'Noord', colour: '#0f766e' },
    { id: 'b', name: 'Midden' },
  ];
  await page.goto('/');
  await importThroughPicker(page, 'bestand.actieplaat', workshopFileBytes(data), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Uit een bestand' })).toBeVisible();
}

const exportedTeams = async (page: Page) =>
  (JSON.parse((await download(page, () => shareMenu(page, 'Workshopbestand'))).bytes.toString('utf8')) as WorkshopData).teams;

test('a workshop file’s team order is kept: on the plate, in Voorbereiding, and in the file written back', async ({ page }) => {
  await importFileWorkshop(page);
  await expect(switcher(page)).toHaveText(['Zuid', 'Noord', 'Midden']);
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await namesInSetup(page).toEqual(['Zuid', 'Noord', 'Midden']);
  expect((await exportedTeams(page)).map((team) => team.id)).toEqual(['a', 'c', 'b']);
});

test('a team colour of its own from a file shows as “eigen kleur” with its swatch, and is kept', async ({ page }) => {
  await importFileWorkshop(page);
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  const own = page.getByRole('combobox', { name: 'Kleur van Zuid' });
  await expect(own.locator('option:checked')).toHaveText('Eigen kleur');
  const zuid = page.getByRole('listitem').filter({ has: own });
  await expect(zuid.locator('.team-dot')).toHaveCSS('background-color', 'rgb(18, 52, 86)');
  // A palette colour written in small letters is that palette colour.
  await expect(page.getByRole('combobox', { name: 'Kleur van Noord' }).locator('option:checked')).toHaveText('Blauwgroen');
  await own.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/setup-own-colour-nl-1280.png' });

  // Another colour chosen and undone: the team's own is back.
  await own.selectOption({ label: 'Rood' });
  await expect(zuid.locator('.team-dot')).toHaveCSS('background-color', 'rgb(185, 28, 28)');
  await page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(own.locator('option:checked')).toHaveText('Eigen kleur');

  const name = zuid.getByRole('textbox', { name: 'Naam van het team' });
  await name.fill('Zuid-Oost');
  await name.blur();
  await expect(page.getByRole('combobox', { name: 'Kleur van Zuid-Oost' }).locator('option:checked')).toHaveText('Eigen kleur');
  await expect(page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('status')).toHaveText('Opgeslagen');
  expect((await exportedTeams(page)).find((team) => team.id === 'a')).toEqual({ id: 'a', name: 'Zuid-Oost', colour: '#123456' });
});
