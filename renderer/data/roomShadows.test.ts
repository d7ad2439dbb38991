import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeWriter } from './changes';
import { ActieplaatDatabase } from './db';
import { RoomRecords } from './roomRecords';
import { RoomShadowDatabase, RoomShadowStore } from './roomShadows';
import { WorkshopRepository } from './workshopRepository';

let database: RoomShadowDatabase;
let store: RoomShadowStore;

beforeEach(() => {
  database = new RoomShadowDatabase(`room-${crypto.randomUUID()}`);
  store = new RoomShadowStore(database);
});

afterEach(async () => {
  await database.delete();
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
    const db = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    let clock = 0;
    const factory = { newId: () => crypto.randomUUID(), now: () => new Date(Date.UTC(2026, 10, 22, 10, 0, clock++)).toISOString() };
    const workshop = await new WorkshopRepository(db, factory).create(
      { title: 'T', date: '2026-12-01', language: 'nl', organisations: [] },
      'Tafel 1',
    );
    await new ChangeWriter(db, factory.now).perform(workshop.id, () => [
      { table: 'participants', key: 'p1', before: undefined, after: { id: 'p1', name: 'Anouk', workshopId: workshop.id } },
    ]);

    const records = new RoomRecords(db, workshop.id);
    const all = await records.loadAll();
    expect(all?.participants.map((participant) => participant.id)).toEqual(['p1']);
    expect(await records.count('participants')).toBe(1);
    expect((await records.head())?.teams.map((team) => team.name)).toEqual(['Tafel 1']);
    expect(await new RoomRecords(db, 'elders').loadAll()).toBeUndefined();
    await db.delete();
  });
});
