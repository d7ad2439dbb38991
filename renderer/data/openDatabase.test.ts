import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteWhenTestEnds, uniqueDatabaseName } from '../../tests/support/testDatabase';
import { ActieplaatDatabase } from './db';
import { closeForNewerVersion, NewerDatabaseError, openDatabase } from './openDatabase';
import { declareSchema, SCHEMA_VERSION } from './schema';

/** Dexie keeps version n as IndexedDB version 10·n: the next schema version, and this one's, as stored. */
const NEXT = SCHEMA_VERSION + 1;
const NEXT_NATIVE = NEXT * 10;
const THIS_NATIVE = SCHEMA_VERSION * 10;

let name: string;
let database: ActieplaatDatabase;
const held: IDBDatabase[] = [];

beforeEach(() => {
  database = deleteWhenTestEnds(new ActieplaatDatabase(uniqueDatabaseName('open')));
  name = database.name;
});

// Before the database is deleted: the connections the test holds would block the deletion.
afterEach(() => {
  vi.restoreAllMocks();
  for (const connection of held.splice(0)) connection.close();
});

/** Opens the database with the browser's own API, as another window or another version of the app would. */
function openNative(version?: number, upgrade?: (database: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The stores, the version and one workshop of the database as it is on disk. */
async function onDisk(): Promise<{ version: number; stores: string[]; workshop: unknown }> {
  const native = await openNative();
  const workshop = await new Promise((resolve) => {
    const request = native.transaction('workshops').objectStore('workshops').get('w1');
    request.onsuccess = () => resolve(request.result);
  });
  const result = { version: native.version, stores: Array.from(native.objectStoreNames).sort(), workshop };
  native.close();
  return result;
}

/** What a newer Actieplaat that adds a table in the next schema version leaves, with a workshop in it. */
async function makeNewerDatabase(): Promise<void> {
  const newer = new Dexie(name);
  declareSchema(newer);
  newer.version(NEXT).stores({ reactions: 'id, workshopId' });
  await newer.table('workshops').put({ id: 'w1', title: 'Van de nieuwe versie', schemaTwoField: true });
  newer.close();
}

/** A newer version whose tables differ (other indexes): Dexie 4, left to itself, would patch them. */
async function makeReshapedNewerDatabase(): Promise<void> {
  const stores = ['workshops', 'templates', 'teams', 'participants', 'assessments', 'notes', 'actions', 'votes', 'sessions', 'settings'];
  const native = await openNative(NEXT_NATIVE, (upgrading) => {
    for (const store of stores) upgrading.createObjectStore(store, { keyPath: store === 'settings' ? 'key' : 'id' });
    upgrading.createObjectStore('reactions', { keyPath: 'id' });
  });
  await new Promise((resolve) => {
    const transaction = native.transaction('workshops', 'readwrite');
    transaction.objectStore('workshops').put({ id: 'w1', title: 'Van de nieuwe versie', schemaTwoField: true });
    transaction.oncomplete = resolve;
  });
  native.close();
}

describe('openDatabase', () => {
  it('opens a new database, and the same one again', async () => {
    await openDatabase(database, { onBlocked: () => {} });
    await database.settings.put({ key: 'k', value: 1 });
    database.close();
    const again = new ActieplaatDatabase(name);
    await openDatabase(again, { onBlocked: () => {} });
    expect(await again.settings.get('k')).toEqual({ key: 'k', value: 1 });
    again.close();
  });

  it('refuses a database made by a newer Actieplaat, and leaves it exactly as it was', async () => {
    await makeReshapedNewerDatabase();
    const before = await onDisk();

    const error = await openDatabase(database, { onBlocked: () => {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect(error).toMatchObject({ storedVersion: NEXT, knownVersion: SCHEMA_VERSION });
    expect(database.isOpen()).toBe(false);
    expect(await onDisk()).toEqual(before);
    expect(before.version).toBe(NEXT_NATIVE);
  });

  it('refuses it too where the browser cannot list its databases, still changing nothing', async () => {
    await makeNewerDatabase();
    const before = await onDisk();
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      await expect(openDatabase(database, { onBlocked: () => {} })).rejects.toBeInstanceOf(NewerDatabaseError);
    } finally {
      Reflect.deleteProperty(indexedDB, 'databases');
    }
    expect(await onDisk()).toEqual(before);
  });

  it('accepts a database a schema patch of this version left (version n.1)', async () => {
    await openDatabase(database, { onBlocked: () => {} });
    database.close();
    (await openNative(THIS_NATIVE + 1)).close();
    const again = new ActieplaatDatabase(name);
    await openDatabase(again, { onBlocked: () => {} });
    expect(again.isOpen()).toBe(true);
    again.close();
  });

  it('waits while another window holds an older version, says so, and opens once it lets go', async () => {
    // An older connection that does not answer the request to close.
    const older = await openNative(1);
    held.push(older);
    const onBlocked = vi.fn();
    let opened = false;
    const opening = openDatabase(database, { onBlocked }).then(() => (opened = true));

    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(false);

    older.close();
    await opening;
    await database.teams.put({ id: 't', workshopId: 'w', name: 'Team 1', colour: '#1e3a8a', position: 0 });
    expect(await database.teams.get('t')).toMatchObject({ name: 'Team 1' });
    expect((await onDisk()).version).toBe(THIS_NATIVE);
  });
});

describe('closeForNewerVersion', () => {
  it('stores what is pending, closes for good when another window upgrades, and lets that window go on', async () => {
    await openDatabase(database, { onBlocked: () => {} });
    const steps: string[] = [];
    closeForNewerVersion(database, {
      beforeClose: async () => {
        await database.settings.put({ key: 'last', value: 'stored before closing' });
        steps.push('stored');
      },
      onClosed: () => steps.push('closed'),
    });

    const newer = await openNative(NEXT_NATIVE, (upgrading) => upgrading.createObjectStore('reactions'));
    held.push(newer);
    expect(newer.version).toBe(NEXT_NATIVE);
    expect(steps).toEqual(['stored', 'closed']);
    expect(database.isOpen()).toBe(false);
    // No quiet reopening into the newer database.
    await expect(database.settings.get('last')).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const read = await new Promise((resolve) => {
      const request = newer.transaction('settings').objectStore('settings').get('last');
      request.onsuccess = () => resolve(request.result);
    });
    expect(read).toEqual({ key: 'last', value: 'stored before closing' });
  });

  it('stops listening when asked', async () => {
    await openDatabase(database, { onBlocked: () => {} });
    const onClosed = vi.fn();
    const stop = closeForNewerVersion(database, { beforeClose: async () => {}, onClosed });
    stop();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    held.push(await openNative(NEXT_NATIVE));
    expect(onClosed).not.toHaveBeenCalled();
  });
});
