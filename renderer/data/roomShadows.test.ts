import { beforeEach, describe, expect, it } from 'vitest';
import { steppingClock, testRecordFactory } from '../../tests/support/recordFactory';
import { deleteWhenTestEnds, openTestDatabase, uniqueDatabaseName } from '../../tests/support/testDatabase';
import { createWorkshopIn } from '../../tests/support/workshopInDatabase';
import { RoomRecords } from './roomRecords';
import { RoomShadowDatabase, RoomShadowStore } from './roomShadows';

let database: RoomShadowDatabase;
let store: RoomShadowStore;

beforeEach(() => {
  database = deleteWhenTestEnds(new RoomShadowDatabase(uniqueDatabaseName('room')));
  store = new RoomShadowStore(database);
});

describe('room shadows', () => {
  it('keeps each workshop’s shadows apart, sets and removes them in one go, and forgets a workshop', async () => {
    const shadow = (h: string) => ({ h, f: { text: h } });
    await store.save(
      'w1',
      new Map([
        ['a', shadow('1')],
        ['b', shadow('2')],
      ]),
    );
    await store.save('w2', new Map([['a', shadow('3')]]));
    await store.save(
      'w1',
      new Map([
        ['a', undefined],
        ['c', shadow('4')],
      ]),
    );
    expect(await store.load('w1')).toEqual(
      new Map([
        ['b', shadow('2')],
        ['c', shadow('4')],
      ]),
    );
    expect(await store.load('w2')).toEqual(new Map([['a', shadow('3')]]));
    await store.clear('w1');
    expect((await store.load('w1')).size).toBe(0);
    expect((await store.load('w2')).size).toBe(1);
  });

  it('lives in a database of its own, beside the app’s', () => {
    expect(new RoomShadowDatabase().name).toBe('actieplaat-room');
    expect(database.tables.map((table) => table.name)).toEqual(['shadows']);
  });
});

describe('room records', () => {
  it('reads a workshop whole, and its heading part (row, template, teams) alone', async () => {
    const db = await openTestDatabase();
    const { workshopId, writer } = await createWorkshopIn(db, {
      input: { title: 'T', date: '2026-12-01' },
      factory: testRecordFactory({ now: steppingClock() }),
    });
    await writer.perform(workshopId, () => [
      { table: 'participants', key: 'p1', before: undefined, after: { id: 'p1', name: 'Anouk', workshopId } },
    ]);

    const records = new RoomRecords(db, workshopId);
    const all = await records.loadAll();
    expect(all?.participants.map((participant) => participant.id)).toEqual(['p1']);
    expect(await records.count('participants')).toBe(1);
    expect((await records.head())?.teams.map((team) => team.name)).toEqual(['Tafel 1']);
    expect(await new RoomRecords(db, 'elders').loadAll()).toBeUndefined();
  });
});
