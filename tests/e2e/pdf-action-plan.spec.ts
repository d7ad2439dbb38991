import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { stressNames, stressWorkshop } from '../../shared/export/actionPlanStress.fixture';
import type { WorkshopData } from '../../shared/model/workshopData';
import { benchmarkWorkshop } from '../fixtures/benchmarkWorkshop';
import { sparseWorkshop } from '../fixtures/sparseWorkshop';
import { importThroughPicker, shareMenu, tool, workshopFileBytes, writeTemp } from '../support/files';
import { pdfPages, picturePages, type PdfPage } from '../support/pdfPages';

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

/**
 * Where the manager's part begins and how full the pages are. A page counts as more than half empty
 * when the lowest line of text above the footer ends less than halfway down the printed area (18 mm
 * from the top to 22 mm from the bottom). That is allowed only on the last page and on a page after
 * which a section starts: the next page's first line is "Samenvatting", "Actieplan", "Thema 1 · …"
 * (the part per theme; later themes follow on the same page) or "Deelnemers".
 */
function checkStructure(path: string): { actionPlanPage: number; pages: PdfPage[] } {
  const pages = pdfPages(path);
  const actionPlan = pages.find((candidate) => /^\s*Actieplan\s*$/m.test(candidate.text) && /Wat\s+Wie\s+Wanneer/.test(candidate.text));
  expect(actionPlan, 'a page with the heading "Actieplan" and its table').toBeDefined();
  const sectionStart = /^(Samenvatting|Actieplan|Thema 1 ·|Deelnemers)/;
  const halfEmpty = pages
    .filter((candidate, index) => index < pages.length - 1 && candidate.fill < 0.5 && !sectionStart.test(pages[index + 1]!.firstLine))
    .map(
      (candidate) => `page ${candidate.number}: ${Math.round(candidate.fill * 100)} % full, then "${pages[candidate.number]!.firstLine}"`,
    );
  expect.soft(halfEmpty).toEqual([]);
  return { actionPlanPage: actionPlan!.number, pages };
}

async function exportWholePlan(page: Page, data: WorkshopData, name: string): Promise<string> {
  await page.goto('/');
  await importThroughPicker(page, `${name}.actieplaat`, workshopFileBytes(data), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  // The eight tables' 2,000 notes take a while to import on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(data.workshop.title, { timeout: 60_000 });
  await shareMenu(page, /Actieplan \(PDF\)/);
  const dialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  await expect(dialog.getByLabel('De hele workshop')).toBeChecked();
  await expect(dialog.getByLabel('Met notities')).toBeChecked();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    dialog.getByRole('button', { name: 'PDF maken' }).click(),
  ]);
  const path = writeTemp(`${name}.pdf`, await readFile((await download.path())!));
  expect(tool('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found');
  return path;
}

test('eight tables: who does what by when starts on page 2 or 3, and no page is left half empty mid-section', async ({ page }) => {
  test.setTimeout(180_000);
  const path = await exportWholePlan(page, benchmarkWorkshop(), 'benchmark-plan');
  const { actionPlanPage, pages } = checkStructure(path);
  expect.soft(actionPlanPage, 'the page the action plan starts on').toBeLessThanOrEqual(3);
  expect(Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [path]))![1])).toBe(pages.length);
  // The summary comes first; the detail per theme follows the action plan.
  expect(pages[1]!.firstLine).toBe('Samenvatting');
  expect(pages.findIndex((candidate) => candidate.firstLine.startsWith('Thema 1 ·')) + 1).toBeGreaterThan(actionPlanPage);
  picturePages(path, 'pdf-benchmark-page');
});

test('a sparsely scored workshop: the action plan on page 2 or 3, elements nobody scored in one line per theme', async ({ page }) => {
  test.setTimeout(90_000);
  const data = sparseWorkshop();
  const path = await exportWholePlan(page, data, 'sparse-plan');
  const { actionPlanPage, pages } = checkStructure(path);
  expect.soft(actionPlanPage, 'the page the action plan starts on').toBeLessThanOrEqual(3);

  const text = normalise(pages.map((candidate) => candidate.text).join('\n'));
  const line = (numbers: string[]) =>
    `Nog door geen team gescoord: ${numbers
      .map((number) => {
        const [theme, element] = number.split('.').map(Number) as [number, number];
        return `${number} ${data.template.themes[theme - 1]!.elements[element - 1]!.title.nl}`;
      })
      .join(' · ')}.`;
  for (const numbers of [['1.2', '1.4', '1.5'], ['2.5'], ['3.1', '3.2', '3.3', '3.4', '3.5'], ['4.1', '4.2', '4.3', '4.4', '4.5']])
    expect.soft(text).toContain(line(numbers));
  expect.soft(text.split('Nog door geen team gescoord:').length - 1).toBe(4);
  // No table of "Nog niet gescoord" rows for them: one row per shown element names the teams that left it open.
  expect.soft(text.split('Nog niet gescoord').length - 1).toBe(6);
  expect.soft(pages.length).toBeLessThanOrEqual(6);
  picturePages(path, 'pdf-sparse-page');
});
