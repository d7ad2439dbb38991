import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { ActieplaatDatabase } from './db';
import { SettingsRepository } from './settingsRepository';

let database: ActieplaatDatabase;
let settings: SettingsRepository;

beforeEach(async () => {
  database = await openTestDatabase();
  settings = new SettingsRepository(database);
});

describe('SettingsRepository', () => {
  it('has no language until one is chosen, then remembers it across openings', async () => {
    expect(await settings.language()).toBeUndefined();
    await settings.setLanguage('en');
    const reopened = new ActieplaatDatabase(database.name);
    await reopened.open();
    expect(await new SettingsRepository(reopened).language()).toBe('en');
    reopened.close();
  });

  it('ignores a stored language it does not speak', async () => {
    await database.settings.put({ key: 'language', value: 'fr' });
    expect(await settings.language()).toBeUndefined();
  });

  it('asks the browser for persistent storage only once', async () => {
    const storage = { persist: vi.fn(async () => true), persisted: vi.fn(async () => true) };
    expect(await settings.requestPersistenceOnce(storage)).toBe(true);
    expect(await settings.requestPersistenceOnce(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(storage.persisted).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the browser has no storage manager', async () => {
    expect(await settings.requestPersistenceOnce(undefined)).toBeUndefined();
  });

  it('logs the last backup of each workshop, forgetting workshops that are gone', async () => {
    expect(await settings.backupLog()).toEqual({});
    const mark = (hour: number) => ({ backedUpAt: `2026-11-22T${hour}:00:00.000Z`, updatedAt: `2026-11-22T${hour - 1}:59:00.000Z` });
    await settings.recordBackups({ a: mark(10), b: mark(10) }, new Set(['a', 'b']));
    await settings.recordBackups({ a: mark(11) }, new Set(['a', 'c']));
    expect(await settings.backupLog()).toEqual({ a: mark(11) });
  });

  it('reads a stored backup log it does not recognise as no backups', async () => {
    await database.settings.put({ key: 'backupLog', value: ['x'] });
    expect(await settings.backupLog()).toEqual({});
    await database.settings.put({ key: 'backupLog', value: { a: { backedUpAt: 1 }, b: { backedUpAt: 'x', updatedAt: 'y', extra: true } } });
    expect(await settings.backupLog()).toEqual({ b: { backedUpAt: 'x', updatedAt: 'y' } });
  });
});
