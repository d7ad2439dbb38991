import { describe, expect, it } from 'vitest';
import { actionValue, EditLedger, fieldsFromRows, judge, noteValue, type CanvasEdit, type FieldValue } from '../support/editLedger';

// The crash-safety spec's judge: what it calls lost, found, not found and half-applied.

const element = 'maatwerk.takenpakket';
const typed = (text: string, replace = false): CanvasEdit => ({ kind: 'agreements', elementId: element, typed: text, replace });
const note: CanvasEdit = { kind: 'addNote', elementId: element, token: '[n1]', text: '[n1] Roosters naast elkaar' };
const action: CanvasEdit = {
  kind: 'addAction',
  elementId: element,
  token: '[a1]',
  title: '[a1] Pilot',
  owner: 'Şahin',
  dueDate: '2027-01-15',
};

function ledgerWith(...edits: CanvasEdit[]): EditLedger {
  const ledger = new EditLedger();
  for (const edit of edits) ledger.acknowledge(edit);
  return ledger;
}

describe('EditLedger and judge', () => {
  it('finds nothing lost when the database holds every acknowledged value', () => {
    const ledger = ledgerWith(typed('Vier uur'), typed(' per week'), note, { kind: 'maturity', elementId: element, level: 3 });
    const actual = new Map<string, FieldValue>([
      [`afspraken ${element}`, 'Vier uur per week'],
      [`stand ${element}`, 3],
      [`belang ${element}`, null],
      ['notitie [n1]', noteValue(element, '[n1] Roosters naast elkaar')],
    ]);
    expect(judge(ledger, actual)).toEqual({ lost: [], inFlight: 'none' });
  });

  it('calls an acknowledged value that is not there lost, and a record nobody acknowledged too', () => {
    const ledger = ledgerWith(typed('Vier uur per week'));
    const actual = new Map([
      [`afspraken ${element}`, 'Vier uur'],
      ['notitie [n1] (nog eens)', noteValue(element, '[n1] dubbel')],
    ]);
    expect(judge(ledger, actual).lost.map((difference) => difference.field)).toEqual([`afspraken ${element}`, 'notitie [n1] (nog eens)']);
  });

  it('allows typing in flight to have stored any text the user had on screen, and nothing else', () => {
    const ledger = ledgerWith(typed('Vier'));
    const inFlight = typed(' uur');
    const at = (text: string) => judge(ledger, new Map([[`afspraken ${element}`, text]]), inFlight).inFlight;
    expect(at('Vier')).toBe('not found');
    expect(at('Vier u')).toBe('found');
    expect(at('Vier uur')).toBe('found');
    expect(at('Vier ur')).toBe('half-applied');
    expect(judge(ledger, new Map(), typed('Twee', true)).inFlight).toBe('half-applied');
  });

  it('allows an action in flight to be there whole or not at all', () => {
    const ledger = new EditLedger();
    const whole = actionValue({ elementId: element, title: '[a1] Pilot', owner: 'Şahin', dueDate: '2027-01-15' });
    const half = actionValue({ elementId: element, title: '[a1] Pilot', owner: '', dueDate: '' });
    expect(judge(ledger, new Map(), action).inFlight).toBe('not found');
    expect(judge(ledger, new Map([['actie [a1]', whole]]), action).inFlight).toBe('found');
    expect(judge(ledger, new Map([['actie [a1]', half]]), action).inFlight).toBe('half-applied');
  });

  it('reads one team canvas from the database rows, and a note made twice as two records', () => {
    const rows = {
      assessments: [{ workshopId: 'w', teamId: 't', elementId: element, maturity: 2, importance: 3, agreements: 'x' }],
      notes: [
        { workshopId: 'w', teamId: 't', id: '1', elementId: element, text: '[n1] a' },
        { workshopId: 'w', teamId: 't', id: '2', elementId: element, text: '[n1] a' },
        { workshopId: 'w', teamId: 'other', id: '3', elementId: element, text: '[n2] b' },
      ],
      actions: [
        { workshopId: 'w', teamId: 't', id: '4', elementIds: [element], title: '[a1] Pilot', owner: { name: 'Şahin' }, dueDate: null },
      ],
    };
    expect(Object.fromEntries(fieldsFromRows(rows, 'w', 't'))).toEqual({
      [`stand ${element}`]: 2,
      [`belang ${element}`]: 3,
      [`afspraken ${element}`]: 'x',
      'notitie [n1]': noteValue(element, '[n1] a'),
      'notitie [n1] (nog eens)': noteValue(element, '[n1] a'),
      'actie [a1]': actionValue({ elementId: element, title: '[a1] Pilot', owner: 'Şahin', dueDate: '' }),
    });
  });
});
