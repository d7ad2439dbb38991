import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tableMaps, writeRecord, writeScores, type RoomAction, type RoomNote } from '../../shared/room/tableDoc';
import { DocView } from './docView';
import { actionsView, notesView, peopleView, scoresView } from './tableView';

const at = '2026-11-22T14:00:00.000Z';

describe('a table document read defensively (another phone wrote it)', () => {
  it('reads what the helpers wrote', () => {
    const doc = new Y.Doc();
    writeScores(doc, 'e1', { maturity: 3, importance: 2, notApplicable: false, agreements: 'Afgesproken', updatedAt: at, updatedBy: 'p1' });
    const note: RoomNote = { id: 'n1', elementId: 'e1', text: 'Łukasz belt', colour: 'roze', authorId: 'p1', createdAt: at, updatedAt: at };
    writeRecord(doc, 'notes', note);
    const action: RoomAction = {
      id: 'a1',
      title: 'Rooster maken',
      elementIds: ['e1'],
      owner: { name: 'Şahin', organisation: 'VDL' },
      dueDate: '2026-12-01',
      firstStep: 'Bellen',
      status: 'bezig',
      createdAt: at,
      updatedAt: at,
    };
    writeRecord(doc, 'actions', action);
    expect(scoresView(doc).get('e1')).toEqual({ maturity: 3, importance: 2, notApplicable: false, agreements: 'Afgesproken' });
    expect(notesView(doc)).toEqual([{ id: 'n1', elementId: 'e1', text: 'Łukasz belt', colour: 'roze', authorId: 'p1', createdAt: at }]);
    expect(actionsView(doc)).toEqual([
      {
        id: 'a1',
        title: 'Rooster maken',
        elementIds: ['e1'],
        owner: { name: 'Şahin', organisation: 'VDL' },
        dueDate: '2026-12-01',
        firstStep: 'Bellen',
        status: 'bezig',
        createdAt: at,
      },
    ]);
  });

  it('ignores wrong types and cuts text at the limits, without throwing', () => {
    const doc = new Y.Doc();
    const { scores, notes, actions, people } = tableMaps(doc);
    scores.set('maturity|e1', 7);
    scores.set('importance|e1', '2');
    scores.set('notApplicable|e1', 'yes');
    scores.set('agreements|e1', 'x'.repeat(30_000));
    scores.set('nonsense|e1', 1);
    scores.set('no-bar', 1);
    const odd = new Y.Map<unknown>();
    odd.set('elementId', 'e1');
    odd.set('text', 42);
    odd.set('colour', 'neon');
    notes.set('n1', odd);
    notes.set('not-a-map', 'text' as never);
    const noElement = new Y.Map<unknown>();
    noElement.set('text', 'waar hoort dit bij?');
    notes.set('n2', noElement);
    const bad = new Y.Map<unknown>();
    bad.set('elementIds', ['e1', 5, '']);
    bad.set('owner', { name: '   ' });
    bad.set('dueDate', '2026-02-30');
    bad.set('status', 'misschien');
    actions.set('a1', bad);
    const nameless = new Y.Map<unknown>();
    nameless.set('name', '');
    people.set('p1', nameless);

    expect(scoresView(doc).get('e1')).toEqual({ maturity: null, importance: null, notApplicable: false, agreements: 'x'.repeat(20_000) });
    expect(notesView(doc)).toEqual([{ id: 'n1', elementId: 'e1', text: '', colour: 'geel', createdAt: '' }]);
    expect(actionsView(doc)).toEqual([
      { id: 'a1', title: '', elementIds: ['e1'], owner: null, dueDate: null, firstStep: '', status: 'open', createdAt: '' },
    ]);
    expect(peopleView(doc)).toEqual([]);
  });
});

describe('DocView', () => {
  it('reads again only after one of its maps changed', () => {
    const doc = new Y.Doc();
    let reads = 0;
    const view = new DocView(doc, ['notes'], (d) => {
      reads += 1;
      return notesView(d);
    });
    let heard = 0;
    const stop = view.subscribe(() => (heard += 1));
    const first = view.getSnapshot();
    expect(view.getSnapshot()).toBe(first);
    writeScores(doc, 'e1', { maturity: 2 });
    expect(heard).toBe(0);
    expect(view.getSnapshot()).toBe(first);
    const note: RoomNote = { id: 'n1', elementId: 'e1', text: 'nieuw', colour: 'geel', createdAt: at, updatedAt: at };
    writeRecord(doc, 'notes', note);
    expect(heard).toBe(1);
    expect(view.getSnapshot()).toHaveLength(1);
    expect(reads).toBe(2);
    stop();
  });
});
