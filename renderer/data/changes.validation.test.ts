import { beforeEach, describe, expect, it, vi } from 'vitest';
import { steppingClock, testRecordFactory } from '../../tests/support/recordFactory';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { ACTION_TITLE_MAX, LOCALIZED_TEXT_MAX, NOTE_TEXT_MAX, PERSON_NAME_MAX, workshopLimits } from '../../shared/model/vocabulary';
import type { Action } from '../../shared/model/action';
import type { Note } from '../../shared/model/note';
import { CommandManager } from '../commands/commandManager';
import { ChangeWriter, invert, type RecordChange } from './changes';
import type { ActieplaatDatabase, Stored } from './db';
import { WorkshopEdits } from './edits';
import { InvalidRecordError } from './recordChecks';
import { storageFaultOf } from './storageFaults';
import { WorkshopRepository } from './workshopRepository';

const ELEMENT = 'matching.aanbod';
const factory = testRecordFactory({ newId: () => crypto.randomUUID(), now: steppingClock() });

let database: ActieplaatDatabase;
let writer: ChangeWriter;
let edits: WorkshopEdits;
let workshopId: string;
let teamId: string;

beforeEach(async () => {
  database = await openTestDatabase('validation');
  const workshop = await new WorkshopRepository(database, factory).create(
    { title: 'Zorg en techniek', date: '2026-11-22', language: 'nl', organisations: [] },
    'Tafel 1',
  );
  workshopId = workshop.id;
  teamId = (await database.teams.where('workshopId').equals(workshopId).first())!.id;
  writer = new ChangeWriter(database, factory.now);
  edits = new WorkshopEdits(database, factory, workshopId);
});

/** Everything of the workshop as stored, to tell that a refused write left it exactly as it was. */
async function snapshot() {
  const rows = await Promise.all(database.workshopTables().map((table) => table.toArray()));
  return JSON.stringify(rows);
}

function note(text: string): Stored<Note> {
  const now = factory.now();
  return { id: crypto.randomUUID(), workshopId, teamId, elementId: ELEMENT, text, colour: 'geel', createdAt: now, updatedAt: now };
}

const added = (table: RecordChange['table'], record: { id: string }): RecordChange => ({
  table,
  key: record.id,
  before: undefined,
  after: record,
});

describe('the change writer checks every record it stores', () => {
  it('refuses an edit that would store an over-long text, and stores nothing of its transaction', async () => {
    const before = await snapshot();
    const changes = [added('notes', note('Reservisten werven')), added('notes', note('x'.repeat(NOTE_TEXT_MAX + 1)))];

    const refused = writer.perform(workshopId, () => changes);
    await expect(refused).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(refused).rejects.toMatchObject({
      problem: { table: 'notes', field: 'text', problem: 'too-long', limit: NOTE_TEXT_MAX },
    });
    // The valid note of the same write is not stored either, nor is the workshop marked edited.
    expect(await snapshot()).toBe(before);
  });

  it('stores a text exactly at its limit', async () => {
    await writer.perform(workshopId, () => edits.addNote({ teamId, elementId: ELEMENT, text: 'x'.repeat(NOTE_TEXT_MAX), colour: 'geel' }));
    expect(await database.notes.count()).toBe(1);
  });

  it('refuses a record the schema refuses in other ways: an empty title, an unknown status, a text of the plate past its limit', async () => {
    const action = edits.addAction({ title: 'Pool', elementIds: [ELEMENT], owner: null, dueDate: null, status: 'open' });
    await writer.perform(workshopId, () => action);
    const id = (action[0]!.after as Action).id;
    const before = await snapshot();

    await expect(writer.perform(workshopId, () => edits.updateAction(id, { title: '   ' }))).rejects.toMatchObject({
      problem: { table: 'actions', field: 'title', problem: 'empty' },
    });
    await expect(writer.perform(workshopId, () => edits.updateAction(id, { status: 'gedaan' as never }))).rejects.toMatchObject({
      problem: { table: 'actions', field: 'status', problem: 'invalid' },
    });
    const title = { nl: 'x'.repeat(LOCALIZED_TEXT_MAX + 1), en: 'Offer' };
    await expect(writer.perform(workshopId, () => edits.updateElement(ELEMENT, { title }))).rejects.toMatchObject({
      problem: { table: 'templates', field: 'themes.elements.title.nl', problem: 'too-long', limit: LOCALIZED_TEXT_MAX },
    });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a record that would take a collection past the workshop’s limit', async () => {
    const others = Array.from({ length: workshopLimits.teams - 1 }, (_, position) => ({
      id: crypto.randomUUID(),
      workshopId,
      name: `Tafel ${position + 2}`,
      position: position + 1,
    }));
    await database.teams.bulkPut(others);
    const before = await snapshot();

    await expect(writer.perform(workshopId, () => edits.addTeam('Eén te veel'))).rejects.toMatchObject({
      problem: { table: 'teams', problem: 'too-many', limit: workshopLimits.teams },
    });
    expect(await snapshot()).toBe(before);
  });

  it('is a fault of what was written, not of the storage: no retry can store it', async () => {
    const error = await writer.perform(workshopId, () => [added('notes', note(''))]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(storageFaultOf(error)).toBeUndefined();
  });
});

describe('a phone’s edit, stored through the writer as the room’s bridge stores it', () => {
  // The bridge checks a phone's records itself first (deviceChanges.ts); the writer refuses whatever gets past.
  it('is refused as a host’s edit is: an over-long action title with its author, nothing of the write stored', async () => {
    const before = await snapshot();
    const now = factory.now();
    const participant = { id: crypto.randomUUID(), workshopId, name: 'Maria', teamId };
    const action: Stored<Action> = {
      id: crypto.randomUUID(),
      workshopId,
      teamId,
      title: 'x'.repeat(ACTION_TITLE_MAX + 1),
      elementIds: [ELEMENT],
      owner: null,
      dueDate: null,
      status: 'open',
      authorId: participant.id,
      createdAt: now,
      updatedAt: now,
    };

    await expect(writer.perform(workshopId, () => [added('participants', participant), added('actions', action)])).rejects.toMatchObject({
      name: 'InvalidRecordError',
      problem: { table: 'actions', field: 'title', problem: 'too-long', limit: ACTION_TITLE_MAX },
    });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a participant whose name is past its limit, or an action owner without a name', async () => {
    const participant = { id: crypto.randomUUID(), workshopId, name: 'M'.repeat(PERSON_NAME_MAX + 1) };
    await expect(writer.perform(workshopId, () => [added('participants', participant)])).rejects.toMatchObject({
      problem: { table: 'participants', field: 'name', problem: 'too-long', limit: PERSON_NAME_MAX },
    });
    const action = edits.addAction({ title: 'Pool', elementIds: [], owner: { name: ' ' }, dueDate: null, status: 'open' });
    await expect(writer.perform(workshopId, () => action)).rejects.toMatchObject({
      problem: { table: 'actions', field: 'owner.name', problem: 'empty' },
    });
    expect(await database.participants.count()).toBe(0);
    expect(await database.actions.count()).toBe(0);
  });
});

describe('undo and redo through the checking writer', () => {
  it('writes a change set back and forth as before', async () => {
    const added = await writer.perform(workshopId, () => edits.addNote({ teamId, elementId: ELEMENT, text: 'Eerst', colour: 'geel' }));
    const id = (added[0]!.after as Note).id;
    const edited = await writer.perform(workshopId, () => edits.updateNote(id, { text: 'Daarna' }));

    await writer.apply(workshopId, invert(edited));
    expect((await database.notes.get(id))?.text).toBe('Eerst');
    await writer.apply(workshopId, edited);
    expect((await database.notes.get(id))?.text).toBe('Daarna');
    await writer.apply(workshopId, invert(edited));
    await writer.apply(workshopId, invert(added));
    expect(await database.notes.get(id)).toBeUndefined();
    await writer.apply(workshopId, added);
    expect((await database.notes.get(id))?.text).toBe('Eerst');
  });
});

describe('the command manager with an edit the writer refuses', () => {
  it('drops it at once, says it failed, keeps no undo step, and goes on with the next edit', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    let attempts = 0;
    const counting = new (class extends ChangeWriter {
      override perform(...args: Parameters<ChangeWriter['perform']>) {
        attempts += 1;
        return super.perform(...args);
      }
    })(database, factory.now);
    const manager = new CommandManager(edits, counting, { retryDelaysMs: [1] });

    await manager.execute('addNote', { teamId, elementId: ELEMENT, text: 'x'.repeat(NOTE_TEXT_MAX + 1), colour: 'geel' });
    expect(manager.getState()).toMatchObject({ saving: false, failed: true, fault: undefined, unsaved: 0, canUndo: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(attempts).toBe(1);
    expect(await database.notes.count()).toBe(0);

    await manager.execute('addNote', { teamId, elementId: ELEMENT, text: 'Wel goed', colour: 'geel' });
    expect(manager.getState()).toMatchObject({ failed: false, canUndo: true });
    await manager.run('undo');
    expect(await database.notes.count()).toBe(0);
    await manager.run('redo');
    expect((await database.notes.toArray()).map((stored) => stored.text)).toEqual(['Wel goed']);
    quiet.mockRestore();
  });
});
