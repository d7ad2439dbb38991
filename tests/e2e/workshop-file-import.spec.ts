import { expect, test } from '@playwright/test';
import { benchmarkWorkshop } from '../fixtures/benchmarkWorkshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import { readDatabase } from '../support/database';
import { dropFile, importThroughPicker, shareMenu, workshopFileBytes, writeTemp } from '../support/files';
import { readFile, truncate } from 'node:fs/promises';

/** The benchmark workshop before its eighth table sent in its work: what the facilitator's laptop holds. */
function withoutLastTeam(full: WorkshopData): WorkshopData {
  const last = full.teams.at(-1)!.id;
  const lastParticipants = new Set(full.participants.filter((p) => p.teamId === last).map((p) => p.id));
  return {
    ...structuredClone(full),
    teams: full.teams.filter((team) => team.id !== last),
    participants: full.participants.filter((p) => p.teamId !== last),
    assessments: full.assessments.filter((record) => record.teamId !== last),
    notes: full.notes
      .filter((record) => record.teamId !== last)
      .map((note) => (note.authorId && lastParticipants.has(note.authorId) ? (({ authorId: _a, ...rest }) => rest)(note) : note)),
    actions: full.actions.filter((record) => record.teamId !== last),
    votes: full.votes.filter((vote) => vote.teamId !== last && !(vote.participantId && lastParticipants.has(vote.participantId))),
  };
}

const sortedIds = (rows: unknown[]) => rows.map((row) => (row as { id: string }).id).sort();

test('export → import round trip: the benchmark workshop comes back identical; a second import asks before it replaces', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const full = benchmarkWorkshop();
  await page.goto('/');
  await importThroughPicker(page, 'benchmark.actieplaat', workshopFileBytes(full), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await expect(page.getByRole('heading', { level: 1, name: full.workshop.title })).toBeVisible();
  await expect(page.locator('.toast').getByText(`Workshop “${full.workshop.title}” geïmporteerd.`)).toBeVisible();
  const imported = await readDatabase(page);
  expect(imported['notes']).toHaveLength(full.notes.length);

  // Exported again from the app, the file holds exactly what came in.
  const [download] = await Promise.all([page.waitForEvent('download'), shareMenu(page, 'Workshopbestand')]);
  const again = JSON.parse(await readFile((await download.path())!, 'utf8')) as WorkshopData;
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(again.notes)).toEqual(byId(full.notes));
  expect(byId(again.actions)).toEqual(byId(full.actions));
  expect(byId(again.participants)).toEqual(byId(full.participants));
  expect(again.teams).toEqual(expect.arrayContaining(full.teams));
  expect(again.template).toEqual(full.template);
  expect({ ...again.workshop, updatedAt: '' }).toEqual({ ...full.workshop, updatedAt: '' });

  // The same file again, from the library: never silently over the top of the workshop.
  await page.getByRole('link', { name: 'Alle workshops' }).click();
  await importThroughPicker(page, 'benchmark.actieplaat', workshopFileBytes(full), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  const exists = page.getByRole('dialog', { name: 'Deze workshop staat al in je bibliotheek' });
  await expect(exists).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/import-exists-nl-1280.png' });
  await exists.getByRole('button', { name: /Als kopie toevoegen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${full.workshop.title} (geïmporteerd)` })).toBeVisible();
  const withCopy = await readDatabase(page);
  expect(withCopy['workshops']).toHaveLength(2);
  expect(withCopy['notes']).toHaveLength(2 * full.notes.length);
});

test('merging a second team’s file, dropped on the open workshop, adds exactly that team; undo takes it out again', async ({ page }) => {
  test.setTimeout(90_000);
  const full = benchmarkWorkshop();
  const mine = withoutLastTeam(full);
  const last = full.teams.at(-1)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await importThroughPicker(page, 'mine.actieplaat', workshopFileBytes(mine), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await expect(page.getByRole('heading', { level: 1, name: full.workshop.title })).toBeVisible();
  const before = await readDatabase(page);

  await dropFile(page, 'tafel-8.actieplaat', workshopFileBytes(full), 'test-results/screens/import-drop-nl-1280.png');
  const choose = page.getByRole('dialog', { name: `Workshopbestand “${full.workshop.title}”` });
  await choose.getByRole('button', { name: /Teams samenvoegen in deze workshop/ }).click();

  const merge = page.getByRole('dialog', { name: 'Teams samenvoegen' });
  await expect(merge.getByRole('listitem').filter({ hasText: last.name }).getByText('Nieuw team')).toBeVisible();
  await expect(merge.getByText('Gelijk aan het team in deze workshop')).toHaveCount(full.teams.length - 1);
  await page.screenshot({ path: 'test-results/screens/import-merge-nl-1280.png' });
  await merge.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.locator('.toast').getByText('1 team samengevoegd uit het bestand.')).toBeVisible();

  const after = await readDatabase(page);
  const ofLast = (rows: unknown[]) => rows.filter((row) => (row as { teamId?: string }).teamId === last.id);
  expect(sortedIds(after['teams']!)).toEqual(sortedIds(full.teams));
  expect(sortedIds(ofLast(after['notes']!))).toEqual(sortedIds(full.notes.filter((note) => note.teamId === last.id)));
  expect(sortedIds(ofLast(after['actions']!))).toEqual(sortedIds(full.actions.filter((action) => action.teamId === last.id)));
  expect(ofLast(after['assessments']!)).toHaveLength(full.assessments.filter((record) => record.teamId === last.id).length);
  expect(after['notes']!.length - before['notes']!.length).toBe(full.notes.filter((note) => note.teamId === last.id).length);
  await expect(page.getByRole('button', { name: last.name, exact: true })).toBeVisible();

  await page.locator('.toast').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('button', { name: last.name, exact: true })).toBeHidden();
  const undone = await readDatabase(page);
  expect(sortedIds(undone['notes']!)).toEqual(sortedIds(before['notes']!));
  expect(sortedIds(undone['teams']!)).toEqual(sortedIds(before['teams']!));
});

test('a broken or newer file is refused with a message that says why, and nothing stored changes', async ({ page }) => {
  const full = benchmarkWorkshop();
  await page.goto('/');
  await importThroughPicker(page, 'goed.actieplaat', workshopFileBytes(full), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await page.getByRole('link', { name: 'Alle workshops' }).click();
  const before = await readDatabase(page);

  const text = workshopFileBytes(full).toString('utf8');
  await importThroughPicker(page, 'afgebroken.actieplaat', Buffer.from(text.slice(0, text.length / 3)), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  const refused = page.getByRole('dialog', { name: '“afgebroken.actieplaat” kan niet worden geïmporteerd' });
  await expect(refused.getByText('Het bestand is onvolledig: het houdt halverwege op.', { exact: false })).toBeVisible();
  await expect(refused.getByText('Er is niets veranderd aan je workshops.')).toBeVisible();
  await refused.getByRole('button', { name: 'Sluiten' }).first().click();

  const newer = JSON.parse(text) as Record<string, unknown>;
  newer.formatVersion = 3;
  await importThroughPicker(page, 'nieuw.actieplaat', Buffer.from(JSON.stringify(newer)), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await expect(
    page.getByText('Dit bestand is van een nieuwere versie (3) dan deze app kent (1). Werk Actieplaat bij om het te openen.'),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).first().click();

  // Several kinds of problem in one file: one refusal names them all, in the order of the file.
  const wrong = JSON.parse(text) as { actions: Record<string, unknown>[]; notes: Record<string, unknown>[] };
  delete wrong.actions[2]!.title;
  wrong.notes[4]!.teamId = 'onbekend';
  wrong.notes[6]!.id = wrong.notes[5]!.id;
  wrong.actions[7]!.teamId = null;
  await importThroughPicker(page, 'fout.actieplaat', Buffer.from(JSON.stringify(wrong)), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  const invalid = page.getByRole('dialog', { name: '“fout.actieplaat” kan niet worden geïmporteerd' });
  await expect(invalid.getByRole('listitem')).toHaveText([
    'Notitie 5: verwijst naar een team dat niet in het bestand staat.',
    'Notitie 7: dit id komt al eerder in het bestand voor.',
    'Actie 3: de titel ontbreekt.',
  ]);
  await page.screenshot({ path: 'test-results/screens/import-refused-nl-1280.png' });
  await invalid.getByRole('button', { name: 'Sluiten' }).first().click();

  expect(await readDatabase(page)).toEqual(before);
});

test('in English, a refusal is in English too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await importThroughPicker(page, 'binary.actieplaat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]), () =>
    page.getByRole('button', { name: 'Import' }).click(),
  );
  const refused = page.getByRole('dialog', { name: '“binary.actieplaat” cannot be imported' });
  await expect(refused.getByText('This is not a text file (not UTF-8). Choose an .actieplaat file made by Actieplaat.')).toBeVisible();
  await expect(refused.getByText('Nothing in your workshops has changed.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/import-refused-en-1280.png' });
});

test('a file over the import’s size cap, picked or dropped, is refused by its size, unread, and nothing stored changes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.locator('#main').waitFor();
  // Counted by the page: a file the import would read reaches `arrayBuffer`, one refused by its size never does.
  await page.evaluate(() => {
    const read = File.prototype.arrayBuffer;
    (window as unknown as { __reads: number }).__reads = 0;
    File.prototype.arrayBuffer = function (this: File) {
      (window as unknown as { __reads: number }).__reads += 1;
      return read.call(this);
    };
  });
  const before = await readDatabase(page);
  const cap = 64 * 1024 * 1024;
  // Over 50 MB a file goes to the picker by its path; a sparse one takes no disk.
  const path = writeTemp('groot.actieplaat', new Uint8Array(0));
  await truncate(path, cap + 1);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importeren' }).click()]);
  await chooser.setFiles(path);
  const refused = page.getByRole('dialog', { name: '“groot.actieplaat” kan niet worden geïmporteerd' });
  await expect(refused.getByText(/^Het bestand is te groot \(.+\)\. Een workshopbestand is hoogstens .+\.$/)).toBeVisible();
  await refused.getByRole('button', { name: 'Sluiten' }).first().click();

  // Dropped: the file is made in the page (no 64 MB through the test's wire), then dropped as a desktop file is.
  const transfer = await page.evaluateHandle((size) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(size)], 'ook-groot.actieplaat', { type: 'application/json' }));
    return transfer;
  }, cap + 1);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('dialog', { name: '“ook-groot.actieplaat” kan niet worden geïmporteerd' })).toContainText('te groot');
  expect(await page.evaluate(() => (window as unknown as { __reads: number }).__reads)).toBe(0);
  expect(await readDatabase(page)).toEqual(before);
});
