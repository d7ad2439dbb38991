import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { testRecordFactory } from '../../tests/support/recordFactory';
import { actionRecord } from '../../tests/support/records';
import type { Action } from '../model/action';
import type { WorkshopData } from '../model/workshopData';
import { actionSheetTexts as texts } from './actionSheet';
import { actionsCsv } from './actionsCsv';

const factory = testRecordFactory();

function workshop(): WorkshopData {
  const data = blankWorkshop({}, factory);
  const teamId = data.teams[0]!.id;
  const action = (title: string, fields: Partial<Action>) => data.actions.push(actionRecord(factory.newId(), { title, teamId, ...fields }));
  action('Rooster "flex", met komma\nen regel', { owner: { name: 'Łukasz Wróbel', organisation: 'Zoë & Co' }, dueDate: '2027-03-01' });
  action('=HYPERLINK("http://evil")', { owner: { name: 'Мария' }, dueDate: '2027-01-15', status: 'bezig' });
  action('Zonder eigenaar', { dueDate: '2026-12-01' });
  action('Zonder datum', { owner: { name: 'Ζωή' } });
  return data;
}

describe('the actions CSV', () => {
  const text = actionsCsv(workshop(), 'nl', texts('nl'));

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line) => line === '' || line.endsWith('\r')),
    ).toBe(true);
  });

  it('reads back exactly, quotes, commas, line breaks and accents included', () => {
    const { data, errors } = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' });
    expect(errors).toEqual([]);
    const [header, ...rows] = data.filter((row) => row.length > 1);
    expect(header).toEqual([
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
    // Sorted by due date, undated last.
    expect(rows.map((row) => row[3])).toEqual(['2026-12-01', '2027-01-15', '2027-03-01', '']);
    expect(rows[2]!.slice(0, 3)).toEqual(['Rooster "flex", met komma\nen regel', 'Łukasz Wróbel', 'Zoë & Co']);
    expect(rows[0]![8]).toBe('Eigenaar ontbreekt');
    expect(rows[3]![8]).toBe('Datum ontbreekt');
    expect(rows[1]![5]).toBe('Bezig');
  });

  it('keeps a title that looks like a formula from running in a spreadsheet', () => {
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('keeps every text column from running as a formula, whatever a cell starts with, and leaves plain numbers alone', () => {
    // OWASP's examples and their variants: an operator first, or after spaces; TAB and CR first.
    const payloads = ["-2+3+cmd|' /C calc'!A0", '-1+1', '+1+1', '=1+1', '@SUM(1,1)', '   =1+1', ' \t+cmd', '\t=1', '\r=1', '-A1'];
    const numbers = ['-5', '+3', '12', '1,5', '-0.25'];
    for (const value of [...payloads, ...numbers]) {
      const data = workshop();
      data.teams[0]!.name = value;
      const element = data.template.themes[3]!.elements[0]!;
      element.title = { nl: value, en: value };
      data.actions = [
        actionRecord('a1', {
          title: value,
          teamId: data.teams[0]!.id,
          elementIds: [element.id],
          owner: { name: value, organisation: value },
          firstStep: value,
          dueDate: '2027-01-15',
        }),
      ];
      const [, row] = Papa.parse<string[]>(actionsCsv(data, 'nl', texts('nl')).slice(1), { newline: '\r\n' }).data;
      const text = { title: row![0], owner: row![1], organisation: row![2], firstStep: row![4], team: row![6], elements: row![7] };
      const expected = payloads.includes(value) ? `'${value}` : value;
      for (const [column, cell] of Object.entries(text)) expect(cell, `${JSON.stringify(value)} in ${column}`).toBe(expected);
      expect(row![3]).toBe('2027-01-15');
    }
  });

  it('has its headers in the workshop’s language', () => {
    const english = actionsCsv(workshop(), 'en', texts('en'));
    expect(english.split('\r\n')[0]).toBe('\uFEFFWhat,Who,Organisation,When,First step,Status,Team,Elements,Missing,Changed');
  });

  it('lists the same action of several tables in the workshop’s team order, not by id or name', () => {
    const data = workshop();
    data.teams = [
      { id: 'id-c', name: 'Noord' },
      { id: 'id-a', name: 'Zuid' },
      { id: 'id-b', name: 'Midden' },
    ];
    const kickOff = (id: string, teamId?: string) =>
      actionRecord(id, { title: 'Startgesprek', ...(teamId ? { teamId } : {}), elementIds: [], dueDate: '2026-12-01' });
    data.actions = [kickOff('a1'), kickOff('a2', 'id-a'), kickOff('a3', 'id-b'), kickOff('a4', 'id-c')];
    const rows = Papa.parse<string[]>(actionsCsv(data, 'nl', texts('nl')).slice(1).trim()).data.slice(1);
    expect(rows.map((row) => row[6])).toEqual(['Noord', 'Zuid', 'Midden', '']);
  });

  it('can hold one team only', () => {
    const data = workshop();
    expect(actionsCsv(data, 'nl', texts('nl'), 'another-team').split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
