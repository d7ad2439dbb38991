import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ELEMENT, idle, mistake, recordStates, setUpManagerHarness, type FlakyWriter } from '../../tests/support/commandManagerHarness';
import type { Maturity } from '../../shared/model/assessment';
import type { ActieplaatDatabase } from '../data/db';
import type { CommandManager } from './commandManager';

const harness = setUpManagerHarness();
let database: ActieplaatDatabase;
let writer: FlakyWriter;
let manager: CommandManager;
let teamId: string;
beforeEach(() => {
  ({ database, writer, manager, teamId } = harness);
});
const { stored, score, updatedAt } = harness;

describe('CommandManager: running edits', () => {
  it('stores an edit and makes it undoable', async () => {
    await score(3);
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState()).toEqual({ ...idle, canUndo: true });
  });

  it('runs edits strictly in order, even when fired without waiting: the last score is the one stored', async () => {
    const maturities = Array.from({ length: 20 }, (_, i) => ((i % 5) + 1) as Maturity);
    for (const maturity of maturities) void score(maturity);
    await manager.settled();
    expect((await stored())?.maturity).toBe(maturities.at(-1));
  });

  it('lets each queued edit read what the previous one wrote, so no change is lost', async () => {
    void manager.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { maturity: 2 } });
    void manager.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { importance: 3 } });
    void manager.execute('editAgreements', { teamId, elementId: ELEMENT, agreements: 'Pool van 40' });
    await manager.settled();
    expect(await stored()).toMatchObject({ maturity: 2, importance: 3, agreements: 'Pool van 40' });
  });

  it('makes every one of 20 rapid scores its own undo step, each undoing to the score before it', async () => {
    for (let i = 0; i < 20; i += 1) void score(((i % 5) + 1) as Maturity);
    await manager.settled();

    await manager.run('undo');
    expect((await stored())?.maturity).toBe(4);
    for (let i = 0; i < 18; i += 1) void manager.run('undo');
    await manager.settled();
    expect((await stored())?.maturity).toBe(1);
    await manager.run('undo');
    expect(await stored()).toBeUndefined();
    expect(manager.getState()).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('queues undo and redo behind the edits fired before them', async () => {
    void score(4);
    void manager.run('undo');
    void manager.run('redo');
    void manager.run('undo');
    await manager.settled();
    expect(await stored()).toBeUndefined();
    expect(manager.getState()).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('redo puts back exactly what undo took away', async () => {
    await score(2);
    await manager.execute('editAgreements', { teamId, elementId: ELEMENT, agreements: 'Afgesproken' });
    const edited = await stored();

    await manager.run('undo');
    expect(await stored()).toMatchObject({ maturity: 2, agreements: '' });
    await manager.run('redo');
    expect(await stored()).toEqual(edited);
  });

  it('marks the workshop edited on undo as well', async () => {
    await score(2);
    const afterEdit = await updatedAt();
    await manager.run('undo');
    expect(await updatedAt()).not.toBe(afterEdit);
  });

  it('does nothing, and writes nothing, when there is nothing to undo or redo', async () => {
    const before = await updatedAt();
    await manager.run('undo');
    await manager.run('redo');
    expect(await updatedAt()).toBe(before);
    expect(manager.getState()).toEqual(idle);
  });

  it('makes typing in the agreements field one undo step', async () => {
    for (const agreements of ['P', 'Po', 'Pool', 'Pool van 40'])
      void manager.execute('editAgreements', { teamId, elementId: ELEMENT, agreements });
    await manager.settled();
    expect((await stored())?.agreements).toBe('Pool van 40');

    await manager.run('undo');
    expect(await stored()).toBeUndefined();
    expect(manager.getState().canUndo).toBe(false);
  });

  it('neither writes nor records an edit that changes nothing', async () => {
    const team = (await database.teams.get(teamId))!;
    const before = await updatedAt();
    await manager.execute('editTeam', { id: teamId, patch: { name: team.name } });
    await manager.execute('deleteNote', { id: 'missing' });
    expect(await updatedAt()).toBe(before);
    expect(manager.getState().canUndo).toBe(false);
  });

  it('records no undo step for a note edited to the text it already has', async () => {
    await manager.execute('addNote', { teamId, elementId: ELEMENT, text: 'Reservisten', colour: 'geel' });
    const note = (await database.notes.toArray())[0]!;
    await manager.execute('editNote', { id: note.id, patch: { text: 'Reservisten' } });
    await manager.run('undo');
    expect(await database.notes.get(note.id)).toBeUndefined();
  });
});

describe('CommandManager: state', () => {
  it('goes from saving to saved, and tells its subscribers', async () => {
    const states = recordStates(manager);
    await score(3);
    expect(states).toEqual([
      { ...idle, saving: true, unsaved: 1 },
      { ...idle, canUndo: true },
    ]);

    states.length = 0;
    await manager.run('undo');
    expect(states).toEqual([
      { ...idle, saving: true, unsaved: 1, canUndo: true },
      { ...idle, canRedo: true },
    ]);
  });

  it('stays saving until the last of several queued edits is stored', async () => {
    const states = recordStates(manager);
    void score(1);
    void score(2);
    void score(3);
    await manager.settled();
    expect(states.at(0)?.saving).toBe(true);
    expect(states.slice(0, -1).every((state) => state.saving)).toBe(true);
    expect(states.at(-1)).toEqual({ ...idle, canUndo: true });
  });

  it('keeps the same state object while nothing changes', async () => {
    await score(3);
    expect(manager.getState()).toBe(manager.getState());
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const listener = vi.fn();
    const unsubscribe = manager.subscribe(listener);
    await score(1);
    const calls = listener.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    await score(2);
    expect(listener).toHaveBeenCalledTimes(calls);
  });

  it('drops an edit that fails for another reason than the storage, reports it, and leaves the database as it was', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = await updatedAt();
    writer.failure = mistake;

    await expect(score(3)).resolves.toBeUndefined();
    expect(manager.getState()).toEqual({ ...idle, failed: true });
    expect(await stored()).toBeUndefined();
    expect(await updatedAt()).toBe(before);
    expect(log).toHaveBeenCalledWith('Edit not stored', expect.any(TypeError));
    expect(writer.attempts).toHaveLength(1);
  });

  it('clears that failure once an edit is stored again, and runs the edits behind a dropped one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    writer.failure = mistake;
    await score(3);
    expect(manager.getState().failed).toBe(true);

    writer.failure = undefined;
    await score(4);
    expect(manager.getState()).toMatchObject({ failed: false, canUndo: true });
    expect((await stored())?.maturity).toBe(4);
  });

  it('leaves a dropped edit out of the undo steps: undo skips it and takes back the last stored edit', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await score(2);
    writer.failure = mistake;
    await score(5);
    writer.failure = undefined;
    await manager.run('undo');
    expect(await stored()).toBeUndefined();
  });
});
