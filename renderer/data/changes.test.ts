import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import { ChangeWriter, invert, isNoOp, merge, type RecordChange } from './changes';
import { ActieplaatDatabase, type Stored } from './db';
import { WorkshopRepository } from './workshopRepository';

const CREATED = '2026-11-22T10:00:00.000Z';
const EDITED = '2026-11-22T11:30:00.000Z';

function note(id: string, text: string, workshopId = 'w-1'): Stored<Note> {
  return { id, workshopId, teamId: 't-1', elementId: 'matching.aanbod', text, colour: 'geel', createdAt: CREATED, updatedAt: CREATED };
}

function assessment(teamId: string, elementId: string, maturity: Assessment['maturity'], workshopId = 'w-1'): Stored<Assessment> {
  return { teamId, elementId, workshopId, maturity, importance: null, notApplicable: false, agreements: '', updatedAt: CREATED };
}

const put = (record: Stored<Note>, before?: Stored<Note>): RecordChange => ({ table: 'notes', key: record.id, before, after: record });
const remove = (record: Stored<Note>): RecordChange => ({ table: 'notes', key: record.id, before: record, after: undefined });

describe('invert', () => {
  it('reverses the order and swaps before and after, so undo unwinds the last write first', () => {
    const draft = note('n-1', 'Reservisten');
    const typed = note('n-1', 'Reservisten werven');
    const gone = note('n-2', 'Oud idee');
    const changes = [put(draft), put(typed, draft), remove(gone)];

    expect(invert(changes)).toEqual([
      { table: 'notes', key: 'n-2', before: undefined, after: gone },
      { table: 'notes', key: 'n-1', before: typed, after: draft },
      { table: 'notes', key: 'n-1', before: draft, after: undefined },
    ]);
  });

  it('gives back the original change set when inverted twice, and leaves its input alone', () => {
    const changes = [put(note('n-1', 'A')), remove(note('n-2', 'B'))];
    const copy = structuredClone(changes);
    expect(invert(invert(changes))).toEqual(copy);
    expect(changes).toEqual(copy);
  });

  it('inverts an empty change set to an empty one', () => {
    expect(invert([])).toEqual([]);
  });
});

describe('merge', () => {
  it('keeps the earliest before and the latest after of a record changed twice', () => {
    const v1 = note('n-1', 'R');
    const v2 = note('n-1', 'Re');
    const v3 = note('n-1', 'Reservisten');
    expect(merge([put(v2, v1)], [put(v3, v2)])).toEqual([{ table: 'notes', key: 'n-1', before: v1, after: v3 }]);
  });

  it('appends records that only the later set changes, after those of the earlier set', () => {
    const first = note('n-1', 'Eerste');
    const second = note('n-2', 'Tweede');
    expect(merge([put(first)], [put(second)])).toEqual([put(first), put(second)]);
  });

  it('tells records apart by table and by key, compound keys included', () => {
    const scored = assessment('t-1', 'matching.aanbod', 2);
    const rescored = assessment('t-1', 'matching.aanbod', 4);
    const other = assessment('t-1', 'matching.vraag', 3);
    const earlier: RecordChange[] = [
      { table: 'assessments', key: ['t-1', 'matching.aanbod'], before: undefined, after: scored },
      { table: 'notes', key: 'x', before: undefined, after: note('x', 'Notitie') },
    ];
    const later: RecordChange[] = [
      { table: 'assessments', key: ['t-1', 'matching.aanbod'], before: scored, after: rescored },
      { table: 'assessments', key: ['t-1', 'matching.vraag'], before: undefined, after: other },
      { table: 'actions', key: 'x', before: undefined, after: { id: 'x' } },
    ];

    const merged = merge(earlier, later);
    expect(merged).toHaveLength(4);
    expect(merged[0]).toEqual({ table: 'assessments', key: ['t-1', 'matching.aanbod'], before: undefined, after: rescored });
    expect(merged.map((change) => [change.table, change.key])).toEqual([
      ['assessments', ['t-1', 'matching.aanbod']],
      ['notes', 'x'],
      ['assessments', ['t-1', 'matching.vraag']],
      ['actions', 'x'],
    ]);
  });

  it('does not change either input, so an undo entry stays as it was recorded', () => {
    const earlier = [put(note('n-1', 'a'))];
    const later = [put(note('n-1', 'ab'), note('n-1', 'a'))];
    const [earlierCopy, laterCopy] = [structuredClone(earlier), structuredClone(later)];
    merge(earlier, later);
    expect(earlier).toEqual(earlierCopy);
    expect(later).toEqual(laterCopy);
  });

  it('turns a record added and then deleted into a change that does nothing', () => {
    const added = note('n-1', 'Tijdelijk');
    const merged = merge([put(added)], [remove(added)]);
    expect(merged).toEqual([{ table: 'notes', key: 'n-1', before: undefined, after: undefined }]);
    expect(isNoOp(merged)).toBe(true);
  });
});

describe('isNoOp', () => {
  it('is true when every record ends as it began, even as a different object', () => {
    const changes: RecordChange[] = [
      { table: 'notes', key: 'n-1', before: note('n-1', 'Zelfde'), after: note('n-1', 'Zelfde') },
      { table: 'notes', key: 'n-2', before: undefined, after: undefined },
    ];
    expect(isNoOp(changes)).toBe(true);
  });

  it('is false as soon as one record changes, appears or disappears', () => {
    const same: RecordChange = { table: 'notes', key: 'n-1', before: note('n-1', 'Zelfde'), after: note('n-1', 'Zelfde') };
    expect(isNoOp([same, put(note('n-2', 'B'), note('n-2', 'A'))])).toBe(false);
    expect(isNoOp([same, put(note('n-2', 'Nieuw'))])).toBe(false);
    expect(isNoOp([same, remove(note('n-2', 'Weg'))])).toBe(false);
  });

  it('sees a change deep inside a record', () => {
    const before = { ...note('n-1', 'Tekst'), extra: { tags: ['a'] } };
    const after = { ...note('n-1', 'Tekst'), extra: { tags: ['a', 'b'] } };
    expect(isNoOp([{ table: 'notes', key: 'n-1', before, after }])).toBe(false);
  });
});

describe('ChangeWriter', () => {
  let database: ActieplaatDatabase;
  let workshopId: string;
  let otherWorkshopId: string;
  let sequence = 0;
  const factory = {
    newId: () => `id-${++sequence}`,
    now: () => CREATED,
  };

  beforeEach(async () => {
    database = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
    await database.open();
    const repository = new WorkshopRepository(database, factory);
    const input = { title: 'Zorgreserve', date: '2026-12-01', language: 'nl' as const, organisations: [] };
    workshopId = (await repository.create(input, 'Team 1')).id;
    otherWorkshopId = (await repository.create({ ...input, title: 'Andere' }, 'Team 1')).id;
    await database.notes.bulkPut([note('n-keep', 'Blijft', workshopId), note('n-old', 'Gaat weg', workshopId)]);
  });

  afterEach(async () => {
    await database.delete();
  });

  it('writes puts and deletes and marks only this workshop as edited', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const added = note('n-new', 'Nieuw', workshopId);
    const scored = assessment('t-1', 'matching.aanbod', 3, workshopId);

    await writer.apply(workshopId, [
      put(added),
      remove(note('n-old', 'Gaat weg', workshopId)),
      { table: 'assessments', key: ['t-1', 'matching.aanbod'], before: undefined, after: scored },
    ]);

    expect((await database.notes.toArray()).map((row) => row.id).sort()).toEqual(['n-keep', 'n-new']);
    expect(await database.notes.get('n-new')).toEqual(added);
    expect(await database.assessments.get(['t-1', 'matching.aanbod'])).toEqual(scored);
    expect((await database.workshops.get(workshopId))?.updatedAt).toBe(EDITED);
    expect((await database.workshops.get(otherWorkshopId))?.updatedAt).toBe(CREATED);
  });

  it('applies the changes in order, so the last write of a record wins', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const first = note('n-1', 'Eerst', workshopId);
    const second = note('n-1', 'Daarna', workshopId);
    await writer.apply(workshopId, [put(first), put(second, first)]);
    expect((await database.notes.get('n-1'))?.text).toBe('Daarna');

    await writer.apply(workshopId, [remove(second), put(first)]);
    expect((await database.notes.get('n-1'))?.text).toBe('Eerst');
  });

  it('puts back exactly what was there when its inverse is applied', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const original = await database.notes.toArray();
    const changes = [
      put(note('n-keep', 'Gewijzigd', workshopId), original[0]),
      remove(original[1]!),
      put(note('n-3', 'Nieuw', workshopId)),
    ];
    await writer.apply(workshopId, changes);
    await writer.apply(workshopId, invert(changes));
    expect(await database.notes.toArray()).toEqual(original);
  });

  it('undoes only the fields its edit changed: what another window changed since stays', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const original = (await database.notes.get('n-keep'))!;
    // This window edits the text…
    const edit = [put({ ...original, text: 'Hier getypt' }, original)];
    await writer.apply(workshopId, edit);
    // …another window then changes the colour and the author of the same note…
    await database.notes.put({ ...(await database.notes.get('n-keep'))!, colour: 'roze', authorId: 'p-1' });
    // …and this window undoes its edit.
    await writer.apply(workshopId, invert(edit));
    expect(await database.notes.get('n-keep')).toEqual({ ...original, colour: 'roze', authorId: 'p-1' });
  });

  it('puts back a record another window deleted in the meantime when an undo needs it', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const original = (await database.notes.get('n-keep'))!;
    const edit = [put({ ...original, text: 'Hier getypt' }, original)];
    await writer.apply(workshopId, edit);
    await database.notes.delete('n-keep');
    await writer.apply(workshopId, invert(edit));
    expect(await database.notes.get('n-keep')).toEqual(original);
  });

  it('never takes back a field someone else changed after the edit (a phone in the room, another window)', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const original = (await database.notes.get('n-keep'))!;
    const edit = [put({ ...original, text: 'Hier getypt', colour: 'blauw' }, original)];
    await writer.apply(workshopId, edit);
    // A participant rewrites the text afterwards; the colour stays as this window left it.
    await database.notes.put({ ...(await database.notes.get('n-keep'))!, text: 'Van de telefoon' });
    await writer.apply(workshopId, invert(edit));
    expect(await database.notes.get('n-keep')).toMatchObject({ text: 'Van de telefoon', colour: original.colour });
  });

  it('keeps a record an undo would remove when someone else changed it since it was added', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const added = note('n-added', 'Hier toegevoegd', workshopId);
    const edit = [put(added)];
    await writer.apply(workshopId, edit);
    await database.notes.put({ ...added, text: 'Aangevuld op een telefoon', updatedAt: EDITED });
    await writer.apply(workshopId, invert(edit));
    expect((await database.notes.get('n-added'))?.text).toBe('Aangevuld op een telefoon');

    // Unchanged since (only its stamp differs), the undo removes it as before.
    const other = note('n-other', 'Alleen hier', workshopId);
    await writer.apply(workshopId, [put(other)]);
    await database.notes.put({ ...other, updatedAt: EDITED });
    await writer.apply(workshopId, invert([put(other)]));
    expect(await database.notes.get('n-other')).toBeUndefined();
  });

  it('writes nothing at all when one change of the set fails', async () => {
    const writer = new ChangeWriter(database, () => EDITED);
    const notesBefore = await database.notes.toArray();
    const workshopBefore = await database.workshops.get(workshopId);

    const broken = [
      put(note('n-new', 'Nieuw', workshopId)),
      remove(note('n-old', 'Gaat weg', workshopId)),
      // A valid note with a field that cannot be cloned: IndexedDB refuses it, and the transaction aborts.
      { table: 'notes', key: 'n-odd', before: undefined, after: { ...note('n-odd', 'Vreemd', workshopId), odd: () => 0 } },
    ] satisfies RecordChange[];
    await expect(writer.perform(workshopId, () => broken)).rejects.toMatchObject({ name: 'DataCloneError' });

    expect(await database.notes.toArray()).toEqual(notesBefore);
    expect(await database.assessments.count()).toBe(0);
    expect(await database.workshops.get(workshopId)).toEqual(workshopBefore);
  });
});
