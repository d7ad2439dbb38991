import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { createWorkshopIn } from '../../tests/support/workshopInDatabase';
import type { ChangeWriter } from './changes';
import type { ActieplaatDatabase } from './db';
import { storageFaultOf } from './storageFaults';

const dom = (name: string, message = 'from the browser') => new DOMException(message, name);

describe('storageFaultOf', () => {
  it('calls a full disk a quota fault, bare or wrapped by Dexie', () => {
    expect(storageFaultOf(dom('QuotaExceededError'))).toBe('quota');
    expect(storageFaultOf(new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')))).toBe('quota');
    expect(storageFaultOf(new Dexie.QuotaExceededError('full'))).toBe('quota');
    expect(storageFaultOf(new Dexie.BulkError('2 of 3 failed', { 1: dom('QuotaExceededError') }))).toBe('quota');
    expect(storageFaultOf(new Error('write failed', { cause: dom('QuotaExceededError') }))).toBe('quota');
  });

  it('calls the other faults of the storage itself write faults', () => {
    for (const name of ['AbortError', 'UnknownError', 'InvalidStateError', 'TransactionInactiveError', 'TimeoutError']) {
      expect(storageFaultOf(dom(name)), name).toBe('write');
    }
    expect(storageFaultOf(new Dexie.DatabaseClosedError())).toBe('write');
    expect(storageFaultOf(new Dexie.AbortError('Transaction aborted', dom('UnknownError')))).toBe('write');
  });

  it('is no storage fault when what was written is wrong: retrying would fail alike', () => {
    expect(storageFaultOf(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeUndefined();
    expect(storageFaultOf(dom('DataCloneError'))).toBeUndefined();
    expect(storageFaultOf(new Dexie.AbortError('Transaction aborted', dom('ConstraintError')))).toBeUndefined();
    expect(storageFaultOf(new Error('no such team'))).toBeUndefined();
    expect(storageFaultOf('schijf vol')).toBeUndefined();
    expect(storageFaultOf(undefined)).toBeUndefined();
  });

  it('does not loop on an error that wraps itself', () => {
    const error = Object.assign(new Error('odd'), { name: 'UnknownError' }) as Error & { inner?: unknown };
    error.inner = error;
    expect(storageFaultOf(error)).toBe('write');
  });
});

describe('a write the browser refuses, through Dexie', () => {
  let database: ActieplaatDatabase;
  let workshopId: string;
  let writer: ChangeWriter;

  beforeEach(async () => {
    database = await openTestDatabase('faults');
    ({ workshopId, writer } = await createWorkshopIn(database, { input: { title: 'Vol', date: '2026-12-01', teamNames: ['Team 1'] } }));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stores nothing of the edit, and reports a quota fault', async () => {
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    // The second record of the edit does not fit any more.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      puts += 1;
      if (puts >= 2) throw dom('QuotaExceededError', 'The current transaction exceeded its quota limitations.');
      return put.apply(this, args);
    });
    const before = await database.teams.toArray();
    const newTeam = (id: string) => ({ id, workshopId, name: id, colour: '#1e3a8a' });
    const error = await writer
      .perform(workshopId, () => [
        { table: 'teams', key: 'a', before: undefined, after: newTeam('a') },
        { table: 'teams', key: 'b', before: undefined, after: newTeam('b') },
      ])
      .catch((caught: unknown) => caught);

    expect(storageFaultOf(error)).toBe('quota');
    vi.restoreAllMocks();
    expect(await database.teams.toArray()).toEqual(before);
  });

  it('reports an aborted transaction as a write fault', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw dom('UnknownError', 'Internal error committing the transaction.');
    });
    const error = await writer
      .perform(workshopId, () => [
        { table: 'teams', key: 'a', before: undefined, after: { id: 'a', workshopId, name: 'a', colour: '#000000' } },
      ])
      .catch((caught: unknown) => caught);
    expect(storageFaultOf(error)).toBe('write');
  });
});
