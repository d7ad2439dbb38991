import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { testDatabaseName } from '../../tests/support/testDatabase';
import { ActieplaatDatabase } from './db';
import { declareSchema, SCHEMA_VERSION } from './schema';
import { WorkshopRepository } from './workshopRepository';

let name: string;

beforeEach(() => {
  name = testDatabaseName('schema');
});

/** A database as an older release left it: only the versions up to `version` declared, and these rows in it. */
async function oldDatabase(version: number, rows: Record<string, object[]>): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  for (const [table, records] of Object.entries(rows)) await old.table(table).bulkPut(records);
  expect(old.verno).toBe(version);
  old.close();
}

const workshop = (id: string, language: 'nl' | 'en') => ({ id, title: id, language, updatedAt: '2026-11-22T10:00:00.000Z' });

describe('schema version 1 → 2: teams get the order version 1 showed', () => {
  it('places each workshop’s teams by name, numbers counted, in the interface language, ids and other fields untouched', async () => {
    // Ids that sort unlike the names: version 1 read teams in id order and listed them by name.
    await oldDatabase(1, {
      workshops: [workshop('w1', 'nl'), workshop('w2', 'en')],
      teams: [
        { id: 'a', workshopId: 'w1', name: 'Tafel 10', colour: '#123456' },
        { id: 'b', workshopId: 'w1', name: 'Tafel 2' },
        { id: 'c', workshopId: 'w1', name: 'Tafel 1' },
        { id: 'd', workshopId: 'w2', name: 'Zuid' },
        { id: 'e', workshopId: 'w2', name: 'Noord' },
      ],
      settings: [{ key: 'language', value: 'nl' }],
    });

    const database = new ActieplaatDatabase(name);
    await database.open();
    expect(database.verno).toBe(SCHEMA_VERSION);
    expect(await database.teams.orderBy('id').toArray()).toEqual([
      { id: 'a', workshopId: 'w1', name: 'Tafel 10', colour: '#123456', position: 2 },
      { id: 'b', workshopId: 'w1', name: 'Tafel 2', position: 1 },
      { id: 'c', workshopId: 'w1', name: 'Tafel 1', position: 0 },
      { id: 'd', workshopId: 'w2', name: 'Zuid', position: 1 },
      { id: 'e', workshopId: 'w2', name: 'Noord', position: 0 },
    ]);
    expect(await database.workshops.get('w1')).toEqual(workshop('w1', 'nl'));
    database.close();
  });

  it('uses the workshop’s language where the interface language was never chosen, and keeps a database without teams as it is', async () => {
    await oldDatabase(1, {
      workshops: [workshop('w1', 'en')],
      teams: [
        { id: 'x', workshopId: 'w1', name: 'Table 9' },
        { id: 'y', workshopId: 'w1', name: 'Table 11' },
      ],
    });
    const database = new ActieplaatDatabase(name);
    await database.open();
    expect((await database.teams.toArray()).map(({ name: team, position }) => [team, position])).toEqual([
      ['Table 9', 0],
      ['Table 11', 1],
    ]);
    database.close();

    await Dexie.delete(name);
    await oldDatabase(1, { settings: [{ key: 'language', value: 'en' }] });
    const empty = new ActieplaatDatabase(name);
    await empty.open();
    expect(await empty.teams.count()).toBe(0);
    expect(await empty.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    empty.close();
  });

  it('gives a whole workshop back with its teams in that order', async () => {
    const data = blankWorkshop({ title: 'Oud', date: '2026-12-01' });
    const workshopId = data.workshop.id;
    await oldDatabase(1, {
      workshops: [data.workshop],
      templates: [{ ...data.template, workshopId }],
      teams: [
        { id: 't-1', workshopId, name: 'Tafel 3' },
        { id: 't-2', workshopId, name: 'Tafel 1' },
        { id: 't-3', workshopId, name: 'Tafel 2' },
      ],
    });
    const database = new ActieplaatDatabase(name);
    const loaded = await new WorkshopRepository(database).load(workshopId);
    expect(loaded!.teams).toEqual([
      { id: 't-2', name: 'Tafel 1' },
      { id: 't-3', name: 'Tafel 2' },
      { id: 't-1', name: 'Tafel 3' },
    ]);
    database.close();
  });
});

describe('schema version 2 → 3: a table for a follow-up’s earlier sessions', () => {
  it('keeps every row of version 2 as it was, and a follow-up can be started and read back from the upgraded database', async () => {
    const data = blankWorkshop({ title: 'Voorjaar', date: '2026-04-01', teamNames: ['Zuid', 'Noord'] });
    const workshopId = data.workshop.id;
    const [zuid, noord] = data.teams.map((team) => team.id) as [string, string];
    const rows = {
      workshops: [data.workshop],
      templates: [{ ...data.template, workshopId }],
      teams: [
        { id: zuid, workshopId, name: 'Zuid', position: 0 },
        { id: noord, workshopId, name: 'Noord', position: 1 },
      ],
      participants: [{ id: 'p1', workshopId, name: 'Anouk de Vries', teamId: zuid }],
      assessments: [
        {
          teamId: zuid,
          elementId: 'matching.vraag',
          workshopId,
          maturity: 2,
          importance: 3,
          notApplicable: false,
          agreements: 'Pool',
          updatedAt: data.workshop.updatedAt,
        },
      ],
      actions: [
        {
          id: 'a1',
          workshopId,
          title: 'Pool opzetten',
          teamId: zuid,
          elementIds: ['matching.vraag'],
          owner: null,
          dueDate: null,
          status: 'bezig',
          createdAt: data.workshop.createdAt,
          updatedAt: data.workshop.updatedAt,
        },
      ],
      votes: [{ seq: 1, workshopId, round: 1, elementId: 'matching.vraag', teamId: zuid, dots: 2 }],
      settings: [{ key: 'language', value: 'nl' }],
    };
    await oldDatabase(2, rows);

    const database = new ActieplaatDatabase(name);
    await database.open();
    expect(database.verno).toBe(SCHEMA_VERSION);
    const sorted = (records: object[]) => records.map((record) => JSON.stringify(record)).sort();
    for (const [table, records] of Object.entries(rows))
      expect(sorted(await database.table(table).toArray()), table).toEqual(sorted(records));
    expect(await database.sessions.count()).toBe(0);

    const repository = new WorkshopRepository(database);
    const followUp = await repository.followUp(workshopId, { title: 'Najaar', date: '2026-10-01' });
    const loaded = (await repository.load(followUp.id))!;
    expect(
      loaded.earlierSessions?.map((session) => [session.workshop.title, session.assessments.length, session.actions[0]?.status]),
    ).toEqual([['Voorjaar', 1, 'bezig']]);
    expect(await database.sessions.where('workshopId').equals(followUp.id).count()).toBe(1);
    database.close();
  });
});

/** localStorage as a window has it, for the upgrade that reads it (the unit tests run without one). */
function stubLocalStorage(entries: Record<string, string>): Map<string, string> {
  const items = new Map(Object.entries(entries));
  vi.stubGlobal('localStorage', {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  } satisfies Storage);
  return items;
}

describe('schema version 3 → 4: the facilitator’s state moves from localStorage into a table', () => {
  afterEach(() => vi.unstubAllGlobals());

  const steered = {
    focus: 2,
    scoresShown: true,
    blank: false,
    timer: { durationMs: 120_000, startedAt: null, elapsedMs: 30_000, sound: true },
    voting: { round: 1, voters: 'team', dotsPerVoter: 3, revealed: false },
    joinSlide: false,
  };

  it('keeps every row of version 3, moves each existing workshop’s state into its row and clears what version 3 kept', async () => {
    const data = blankWorkshop({ title: 'Voorjaar', date: '2026-04-01' });
    const workshopId = data.workshop.id;
    const rows = {
      workshops: [data.workshop],
      templates: [{ ...data.template, workshopId }],
      teams: data.teams.map((team, position) => ({ ...team, workshopId, position })),
      sessions: [{ workshop: { ...data.workshop, id: 'eerder' }, workshopId, position: 0 }],
      settings: [{ key: 'language', value: 'nl' }],
    };
    await oldDatabase(3, rows);
    const storage = stubLocalStorage({
      [`actieplaat.facilitation.${workshopId}`]: JSON.stringify({ ...steered, focus: 'x' }),
      'actieplaat.facilitation.verwijderd': JSON.stringify(steered),
      'actieplaat.facilitation.kapot': '{',
      'actieplaat.language': 'en',
      'actieplaat.facilitationOpen': 'true',
    });

    const database = new ActieplaatDatabase(name);
    await database.open();
    expect(database.verno).toBe(SCHEMA_VERSION);
    const sorted = (records: object[]) => records.map((record) => JSON.stringify(record)).sort();
    for (const [table, records] of Object.entries(rows))
      expect(sorted(await database.table(table).toArray()), table).toEqual(sorted(records));
    expect(await database.facilitation.toArray()).toEqual([{ ...steered, focus: 'all', workshopId }]);
    expect([...storage.keys()]).toEqual(['actieplaat.language', 'actieplaat.facilitationOpen']);
    database.close();
  });

  it('starts every state fresh where there is no localStorage (a worker)', async () => {
    await oldDatabase(3, { workshops: [workshop('w1', 'nl')] });
    const database = new ActieplaatDatabase(name);
    await database.open();
    expect(await database.facilitation.count()).toBe(0);
    expect(await database.workshops.get('w1')).toEqual(workshop('w1', 'nl'));
    database.close();
  });
});
