import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { createWorkshopIn, type WorkshopInDatabase } from '../../tests/support/workshopInDatabase';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { sequentialIds, testRecordFactory } from '../../tests/support/recordFactory';
import type { ActieplaatDatabase } from '../data/db';
import { LibraryCommands } from './libraryCommands';

let database: ActieplaatDatabase;
let setup: WorkshopInDatabase;
let library: LibraryCommands;

beforeEach(async () => {
  database = await openTestDatabase('library');
  setup = await createWorkshopIn(database, { input: { title: 'Zorgreserve' } });
  library = new LibraryCommands(setup.repository);
});

const titles = async () => (await database.workshops.toArray()).map((workshop) => workshop.title).sort();
const workshop = async () => (await database.workshops.get(setup.workshopId))!;

describe('the library’s commands in the undo history', () => {
  it('undoes and redoes a rename', async () => {
    await library.rename(await workshop(), 'Zorgreserve Brabant');
    expect(library.getState()).toEqual({ canUndo: true, canRedo: false });
    expect(await library.undo()).toMatchObject({ command: 'workshop.rename', title: 'Zorgreserve' });
    expect((await workshop()).title).toBe('Zorgreserve');
    expect(library.getState()).toEqual({ canUndo: false, canRedo: true });
    await library.redo();
    expect((await workshop()).title).toBe('Zorgreserve Brabant');
  });

  it('undoes a duplicate by removing the copy, and redo brings the same copy back', async () => {
    const copy = await library.duplicate(await workshop(), 'Kopie van Zorgreserve');
    await setup.writer.perform(copy.id, async () => [
      { table: 'workshops', key: copy.id, before: copy, after: { ...copy, location: 'Tilburg' } },
    ]);
    await library.undo();
    expect(await titles()).toEqual(['Zorgreserve']);
    await library.redo();
    expect(await database.workshops.get(copy.id)).toMatchObject({ title: 'Kopie van Zorgreserve', location: 'Tilburg' });
  });

  it('undoes a delete with everything of the workshop, and tells the backups both ways', async () => {
    const before = await setup.repository.load(setup.workshopId);
    const effects = { deleted: vi.fn(async () => {}), restored: vi.fn(async () => {}) };
    const step = await library.delete(await workshop(), effects);
    expect(step).toMatchObject({ command: 'workshop.delete', title: 'Zorgreserve' });
    expect(await titles()).toEqual([]);
    expect(effects.deleted).toHaveBeenCalledWith(setup.workshopId);
    await library.undo();
    expect(await setup.repository.load(setup.workshopId)).toEqual(before);
    expect(effects.restored).toHaveBeenCalledWith(setup.workshopId);
    await library.redo();
    expect(await titles()).toEqual([]);
    expect(effects.deleted).toHaveBeenCalledTimes(2);
  });

  it('undoes the step a message offers to undo, even after later steps, and leaves those', async () => {
    const other = blankWorkshop({ title: 'Onderwijs' }, testRecordFactory({ newId: sequentialIds('o') }));
    await setup.repository.write(other);
    const deleted = await library.delete(await workshop());
    await library.rename(other.workshop, 'Onderwijs Zuid');
    await library.undo(deleted);
    expect(await titles()).toEqual(['Onderwijs Zuid', 'Zorgreserve']);
    // Undo now takes back the rename, the step left.
    await library.undo();
    expect(await titles()).toEqual(['Onderwijs', 'Zorgreserve']);
    expect(library.getState().canUndo).toBe(false);
  });

  it('undoes a replace by an import: the workshop as it was comes back', async () => {
    const before = await setup.repository.load(setup.workshopId);
    const incoming = structuredClone(before!);
    incoming.workshop.title = 'Zorgreserve (uit het bestand)';
    const { outcome, step } = await library.replace(incoming);
    expect(outcome.status).toBe('imported');
    expect(step).toMatchObject({ command: 'workshop.replace' });
    expect(await titles()).toEqual(['Zorgreserve (uit het bestand)']);
    await library.undo(step);
    expect(await setup.repository.load(setup.workshopId)).toEqual(before);
    await library.redo();
    expect(await titles()).toEqual(['Zorgreserve (uit het bestand)']);
  });

  it('keeps a step that could not be undone, to be undone again', async () => {
    await library.rename(await workshop(), 'Zorgreserve Brabant');
    const rename = vi.spyOn(setup.repository, 'rename').mockRejectedValueOnce(new Error('disk full'));
    await expect(library.undo()).rejects.toThrow('disk full');
    expect(library.getState()).toEqual({ canUndo: true, canRedo: false });
    rename.mockRestore();
    await library.undo();
    expect((await workshop()).title).toBe('Zorgreserve');
  });

  it('runs operations in the order asked, each after the one before', async () => {
    const first = library.rename(await workshop(), 'Een');
    const second = library.rename({ ...(await workshop()), title: 'Een' }, 'Twee');
    await Promise.all([first, second]);
    await library.undo();
    expect((await workshop()).title).toBe('Een');
    await library.undo();
    expect((await workshop()).title).toBe('Zorgreserve');
  });
});
