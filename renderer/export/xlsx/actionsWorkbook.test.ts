import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action';
import type { WorkshopData } from '../../../shared/model/workshopData';
import { blankWorkshop } from '../../../tests/support/blankWorkshop';
import { testRecordFactory } from '../../../tests/support/recordFactory';
import { actionRecord } from '../../../tests/support/records';
import { buildActionsWorkbook } from './actionsWorkbook';

const factory = testRecordFactory();

function workshop(language: 'nl' | 'en'): WorkshopData {
  const data = blankWorkshop({ language }, factory);
  const teamId = data.teams[0]!.id;
  const action = (title: string, fields: Partial<Action>) => data.actions.push(actionRecord(factory.newId(), { title, teamId, ...fields }));
  action('Rooster "flex", met komma\nen een tweede regel', {
    owner: { name: 'Łukasz Wróbel', organisation: 'Zoë & Co' },
    dueDate: '2027-03-01',
    firstStep: '=1+1',
  });
  action('=HYPERLINK("http://evil","klik")', { owner: { name: '@Мария Иванова' }, dueDate: '2027-01-15', status: 'bezig' });
  action('+31 6 1234 5678 bellen', { owner: { name: '-Ζωή' }, dueDate: '2026-12-01' });
  action('Zonder datum', { owner: { name: 'Ζωή Παπαδοπούλου', organisation: 'Gemeente Eindhoven' } });
  return data;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

const exportedAt = new Date('2026-11-30T09:00:00Z');

describe('the actions as an Excel workbook, read back with exceljs', () => {
  it('has a header row in the workshop’s language that stays in view and filters', async () => {
    const sheet = await readBack(await buildActionsWorkbook(workshop('nl'), { exportedAt }));
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
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:J1');
    const english = await readBack(await buildActionsWorkbook(workshop('en'), { exportedAt }));
    expect(english.name).toBe('Actions');
    expect(english.getCell('A1').value).toBe('What');
  });

  it('holds every action by date, with dates as Excel dates shown as the reader writes them', async () => {
    const sheet = await readBack(await buildActionsWorkbook(workshop('nl'), { exportedAt }));
    expect(sheet.rowCount).toBe(5);
    const due = [2, 3, 4, 5].map((row) => sheet.getCell(row, 4));
    expect(due.map((cell) => cell.type)).toEqual([
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Null,
    ]);
    expect(due.slice(0, 3).map((cell) => (cell.value as Date).toISOString().slice(0, 10))).toEqual([
      '2026-12-01',
      '2027-01-15',
      '2027-03-01',
    ]);
    expect(due[0]!.numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell(2, 10).value).toEqual(new Date('2026-11-22T00:00:00Z'));
    expect(sheet.getCell(4, 1).value).toBe('Rooster "flex", met komma\nen een tweede regel');
    expect(sheet.getCell(4, 3).value).toBe('Zoë & Co');
    expect(sheet.getCell(5, 9).value).toBe('Datum ontbreekt');
    expect(sheet.getCell(3, 6).value).toBe('Bezig');
    const english = await readBack(await buildActionsWorkbook(workshop('en'), { exportedAt }));
    expect(english.getCell(2, 4).numFmt).toBe('d mmm yyyy');
  });

  it('keeps text that starts like a formula as text, exactly as typed', async () => {
    const sheet = await readBack(await buildActionsWorkbook(workshop('nl'), { exportedAt }));
    const cells = [sheet.getCell(3, 1), sheet.getCell(3, 2), sheet.getCell(2, 1), sheet.getCell(2, 2), sheet.getCell(4, 5)];
    expect(cells.map((cell) => cell.value)).toEqual([
      '=HYPERLINK("http://evil","klik")',
      '@Мария Иванова',
      '+31 6 1234 5678 bellen',
      '-Ζωή',
      '=1+1',
    ]);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it('sizes each column to its content, within bounds', async () => {
    const sheet = await readBack(await buildActionsWorkbook(workshop('nl'), { exportedAt }));
    const width = (column: number) => sheet.getColumn(column).width ?? 0;
    expect(width(1)).toBeGreaterThanOrEqual('=HYPERLINK("http://evil","klik")'.length);
    expect(width(2)).toBeGreaterThanOrEqual('Ζωή Παπαδοπούλου'.length);
    expect(width(3)).toBeGreaterThanOrEqual('Gemeente Eindhoven'.length);
    expect(width(4)).toBeGreaterThanOrEqual('dd-mm-yyyy'.length);
    for (let column = 1; column <= 10; column += 1) expect(width(column)).toBeLessThanOrEqual(60);
  });

  it('can hold one team only', async () => {
    const sheet = await readBack(await buildActionsWorkbook(workshop('nl'), { exportedAt, teamId: 'another-team' }));
    expect(sheet.rowCount).toBe(1);
  });
});
