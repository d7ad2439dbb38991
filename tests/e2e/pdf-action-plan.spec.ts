import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { stressNames, stressWorkshop } from '../../shared/export/actionPlanStress.fixture';
import { importThroughPicker, shareMenu, tool, workshopFileBytes, writeTemp } from '../support/files';

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

test('a manager’s PDF: exported through the app, fonts embedded, every action, owner, date and name searchable', async ({ page }) => {
  test.setTimeout(90_000);
  const data = stressWorkshop();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await importThroughPicker(page, 'stress.actieplaat', workshopFileBytes(data), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Working in the broader interest');

  await shareMenu(page, /Actieplan \(PDF\)/);
  const dialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  await expect(dialog.getByText('In het Engels, de taal van de workshop.')).toBeVisible();
  await expect(dialog.getByLabel('De hele workshop')).toBeChecked();
  await expect(dialog.getByLabel('Met notities')).toBeChecked();
  await page.screenshot({ path: 'test-results/screens/pdf-dialog-nl-1280.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'PDF maken' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Action plan Working in the broader interest.* 2026-11-22\.pdf$/);
  await expect(dialog).toBeHidden();

  const path = writeTemp('stress-plan.pdf', await readFile((await download.path())!));
  expect(tool('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found');

  const fonts = tool('pdffonts', [path]).trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) {
    // name type encoding emb sub uni object ID: "emb" is the fifth column from the end.
    const columns = line.trim().split(/\s+/);
    expect(columns.at(-5), line).toBe('yes');
  }

  const text = normalise(tool('pdftotext', ['-enc', 'UTF-8', path, '-']));
  for (const name of stressNames) expect(text).toContain(name.normalize('NFC'));
  const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  for (const action of data.actions) {
    expect(text, action.title.slice(0, 60)).toContain(normalise(action.title));
    if (action.owner) expect(text).toContain(normalise(action.owner.name));
    if (action.dueDate) expect(text).toContain(longDate.format(new Date(`${action.dueDate}T00:00:00Z`)));
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [path]))![1]);
  expect(pages).toBeGreaterThan(3);
  expect(normalise(tool('pdftotext', ['-f', '1', '-l', '1', path, '-']))).toContain(`page 1 of ${pages}`);
  tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path, 'test-results/screens/pdf-stress-page']);
});

test('one team only, without notes: the CSV and the PDF hold that team’s actions', async ({ page }) => {
  test.setTimeout(90_000);
  const data = stressWorkshop();
  const noted = data.notes.find((note) => note.teamId === data.teams[2]!.id)!;
  data.notes.push({ ...noted, id: 'distinct-note', text: 'Koffie met de ondernemingsraad vóór de kerst' });
  await page.goto('/');
  await importThroughPicker(page, 'stress.actieplaat', workshopFileBytes(data), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await page.getByRole('link', { name: 'Acties' }).click();

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Acties (CSV)' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^Actions Working in the broader interest.* 2026-11-22\.csv$/);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split('\r\n')[0]).toBe('What,Who,Organisation,When,First step,Status,Team,Elements,Missing,Changed');
  for (const action of data.actions) if (action.owner) expect(csv).toContain(action.owner.name);

  const team = data.teams[2]!;
  await page.getByRole('button', { name: 'Actieplan (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  await dialog.getByLabel(`Alleen ${team.name}`).check();
  await dialog.getByLabel('Met notities').uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'PDF maken' }).click(),
  ]);
  const path = writeTemp('one-team.pdf', await readFile((await download.path())!));
  const text = normalise(tool('pdftotext', ['-enc', 'UTF-8', path, '-']));
  for (const action of data.actions) {
    if (action.teamId === team.id) expect(text).toContain(normalise(action.title));
    else expect(text).not.toContain(normalise(action.title));
  }
  expect(text).not.toContain('Koffie met de ondernemingsraad');
  tool('pdftoppm', ['-png', '-r', '60', '-f', '4', '-l', '4', path, 'test-results/screens/pdf-one-team-page']);
});
