import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { actionsWorkshop, people } from '../support/actionsWorkshop';
import { shareMenu } from '../support/files';
import { seedWorkshop } from '../support/seedWorkshop';

const [lukasz, sahin, zoi] = people;
const data = actionsWorkshop([
  { title: 'Pilot met vier hybride medewerkers', owner: sahin, dueDate: '2027-01-15', firstStep: 'Rooster naast elkaar leggen' },
  { title: '=HYPERLINK("http://example.org","klik")', owner: { name: '@Мария' }, dueDate: '2027-02-01', status: 'bezig' },
  { title: '+31 6 1234 5678 bellen', owner: zoi, dueDate: '2027-03-01', firstStep: '-vooraf mailen' },
  { title: 'Inwerkprogramma schrijven', owner: null, dueDate: null },
  { title: 'Afspraken met de techniektafel', owner: lukasz, dueDate: '2027-04-01', teamId: 'tafel-techniek' },
]);

async function readWorkbook(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

const text = (sheet: ExcelJS.Worksheet, row: number, column: number) => sheet.getCell(row, column).value;

test('the actions as an Excel workbook, from the Delen menu and above the action list: headers, dates as dates, formula-like text as text', async ({
  page,
}) => {
  await seedWorkshop(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}`);

  const [download] = await Promise.all([page.waitForEvent('download'), shareMenu(page, 'Acties (Excel)')]);
  expect(download.suggestedFilename()).toBe('Acties Zorg en techniek Brainport 2026-11-22.xlsx');
  await expect(page.locator('.toast').getByText('Opgeslagen als “Acties Zorg en techniek Brainport 2026-11-22.xlsx”.')).toBeVisible();
  const sheet = await readWorkbook((await download.path())!);

  expect(sheet.name).toBe('Acties');
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
    'Wat',
    'Wie',
    'Organisatie',
    'Wanneer',
    'Eerste stap',
    'Status',
    'Team',
    'Elementen',
    'Ontbreekt',
    'Gewijzigd',
  ]);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBe('A1:J1');
  expect(sheet.rowCount).toBe(data.actions.length + 1);

  // By date, undated last; dates are Excel dates shown as a Dutch reader writes them.
  expect([2, 3, 4, 5, 6].map((row) => text(sheet, row, 1))).toEqual([
    'Pilot met vier hybride medewerkers',
    '=HYPERLINK("http://example.org","klik")',
    '+31 6 1234 5678 bellen',
    'Afspraken met de techniektafel',
    'Inwerkprogramma schrijven',
  ]);
  const due = sheet.getCell(2, 4);
  expect(due.type).toBe(ExcelJS.ValueType.Date);
  expect(due.value).toEqual(new Date('2027-01-15T00:00:00Z'));
  expect(due.numFmt).toBe('dd-mm-yyyy');
  expect(text(sheet, 6, 4)).toBeNull();
  expect(text(sheet, 6, 9)).toBe('Eigenaar ontbreekt; Datum ontbreekt');

  // Text that looks like a formula stays the text that was typed.
  for (const [row, column, typed] of [
    [3, 1, '=HYPERLINK("http://example.org","klik")'],
    [3, 2, '@Мария'],
    [4, 1, '+31 6 1234 5678 bellen'],
    [4, 5, '-vooraf mailen'],
  ] as const) {
    const cell = sheet.getCell(row, column);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(typed);
  }
  expect([text(sheet, 2, 2), text(sheet, 2, 3), text(sheet, 4, 2)]).toEqual([sahin.name, sahin.organisation, zoi.name]);
  expect(text(sheet, 2, 6)).toBe('Open');
  expect(text(sheet, 5, 7)).toBe('Tafel Techniek');
  expect(text(sheet, 2, 8)).toBe('Vraag in beeld');
  // Columns as wide as their content.
  expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('=HYPERLINK("http://example.org","klik")'.length);
  expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual('Catharina Ziekenhuis'.length);

  // Above the action list, for the team the list is filtered on.
  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Tafel Techniek' });
  const [listDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Acties (Excel)' }).click()]);
  const teamSheet = await readWorkbook((await listDownload.path())!);
  expect(teamSheet.rowCount).toBe(2);
  expect(text(teamSheet, 2, 1)).toBe('Afspraken met de techniektafel');
  expect(text(teamSheet, 2, 2)).toBe(lukasz.name);
});
