/** The app's IndexedDB database on fake-indexeddb for unit tests: a fresh one per test, under a name no other test uses, deleted after it. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { onTestFinished } from 'vitest';
import { ActieplaatDatabase } from '../../renderer/data/db';

// Dexie takes the IndexedDB it uses when it loads: a test file that imported Dexie (through the app's
// code) before this file would otherwise leave it without one.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

/** `prefix-<uuid>`: a database name no other test uses. */
export function uniqueDatabaseName(prefix = 'test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/**
 * A database name of the running test's own (call it in the test or a `beforeEach`), for a test that
 * opens the database itself: the database is deleted when the test finishes, once the test has closed it.
 */
export function testDatabaseName(prefix = 'test'): string {
  const name = uniqueDatabaseName(prefix);
  onTestFinished(() => Dexie.delete(name));
  return name;
}

/** Closes and deletes the database when the running test finishes (call it in the test or a `beforeEach`). */
export function deleteWhenTestEnds<T extends Dexie>(database: T): T {
  onTestFinished(async () => {
    database.close();
    await Dexie.delete(database.name);
  });
  return database;
}

/** A fresh, open database that the caller deletes: for one that the tests of a suite share. */
export async function openNewDatabase(prefix = 'test'): Promise<ActieplaatDatabase> {
  const database = new ActieplaatDatabase(uniqueDatabaseName(prefix));
  await database.open();
  return database;
}

/** A fresh, open database for the running test, deleted when it finishes (call it in the test or a `beforeEach`). */
export async function openTestDatabase(prefix = 'test'): Promise<ActieplaatDatabase> {
  const database = deleteWhenTestEnds(new ActieplaatDatabase(uniqueDatabaseName(prefix)));
  await database.open();
  return database;
}
