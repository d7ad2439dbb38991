import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkshopEdits } from '../data/edits';
import { CommandManager, RETRY_DELAYS_MS } from './commandManager';
import {
  ELEMENT,
  aborted,
  diskFull,
  idle,
  mistake,
  until,
  setUpManagerHarness,
  type FlakyWriter,
} from '../../tests/support/commandManagerHarness';
import type { ActieplaatDatabase } from '../data/db';

const harness = setUpManagerHarness();
let database: ActieplaatDatabase;
let writer: FlakyWriter;
let manager: CommandManager;
let workshopId: string;
let teamId: string;
beforeEach(() => {
  ({ database, writer, manager, workshopId, teamId } = harness);
});
const { stored, score, factory } = harness;

describe('CommandManager: when the storage refuses a write', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  const unsaved = () => manager.getState().unsaved;

  it('keeps a refused edit, says why, and stores it on its own once the storage works again', async () => {
    writer.failure = diskFull;
    let done = false;
    void score(3).then(() => (done = true));
    await until(() => manager.getState().fault === 'quota');

    expect(manager.getState()).toEqual({ ...idle, saving: true, failed: true, fault: 'quota', unsaved: 1 });
    expect(await stored()).toBeUndefined();
    await until(() => writer.attempts.length >= 3);
    expect(done).toBe(false);

    writer.failure = undefined;
    await until(() => done);
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState()).toEqual({ ...idle, canUndo: true });
  });

  it('names any other fault of the storage a write fault, and retries it alike', async () => {
    writer.failure = aborted;
    void score(3);
    await until(() => manager.getState().fault === 'write');
    writer.failure = undefined;
    await until(() => unsaved() === 0);
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState().failed).toBe(false);
  });

  it('waits longer before each next attempt, up to the last delay, which repeats', async () => {
    const delays = [20, 60, 120];
    const slow = new CommandManager(new WorkshopEdits(database, factory, workshopId), writer, { retryDelaysMs: delays });
    writer.failure = diskFull;
    void slow.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { maturity: 2 } });
    await until(() => writer.attempts.length >= 5, 3000);
    writer.failure = undefined;
    const gaps = writer.attempts.slice(1, 5).map((at, index) => at - writer.attempts[index]!);
    [20, 60, 120, 120].forEach((delay, index) => expect(gaps[index]).toBeGreaterThanOrEqual(delay - 2));
    await until(() => slow.getState().unsaved === 0, 3000);
    expect(RETRY_DELAYS_MS).toEqual([1000, 2000, 5000, 10_000, 30_000]);
  });

  it('tries again at once when asked to, without waiting for the next automatic attempt', async () => {
    const patient = new CommandManager(new WorkshopEdits(database, factory, workshopId), writer, { retryDelaysMs: [60_000] });
    writer.failure = diskFull;
    const scored = patient.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { maturity: 4 } });
    await until(() => patient.getState().fault === 'quota');
    patient.retryNow();
    await until(() => writer.attempts.length === 2);
    await patient.settled();
    expect(patient.getState().fault).toBe('quota');

    writer.failure = undefined;
    patient.retryNow();
    await scored;
    expect((await stored())?.maturity).toBe(4);
    expect(patient.getState()).toEqual({ ...idle, canUndo: true });
  });

  it('does nothing on retryNow while nothing waits', async () => {
    manager.retryNow();
    await score(2);
    manager.retryNow();
    expect(writer.attempts).toHaveLength(1);
  });

  it('keeps the edits made meanwhile behind the refused one and stores them in the order they were made', async () => {
    writer.failure = diskFull;
    void manager.execute('addNote', { teamId, elementId: ELEMENT, text: 'Reservepool', colour: 'geel' });
    await until(() => manager.getState().fault === 'quota');
    void score(2);
    void manager.execute('editAgreements', { teamId, elementId: ELEMENT, agreements: 'Pool van 40' });
    void score(4);
    expect(unsaved()).toBe(4);
    expect(await database.notes.count()).toBe(0);

    writer.failure = undefined;
    manager.retryNow();
    await until(() => unsaved() === 0);
    expect(await stored()).toMatchObject({ maturity: 4, agreements: 'Pool van 40' });
    expect(await database.notes.count()).toBe(1);

    // The undo steps are the edits in the order they were made, taken back last first.
    await manager.run('undo');
    expect(await stored()).toMatchObject({ maturity: 2, agreements: 'Pool van 40' });
    await manager.run('undo');
    expect(await stored()).toMatchObject({ maturity: 2, agreements: '' });
    await manager.run('undo');
    expect(await database.notes.count()).toBe(1);
    await manager.run('undo');
    expect(await database.notes.count()).toBe(0);
    expect(manager.getState().canUndo).toBe(false);
  });

  it('runs an undo asked for while an edit waits after that edit: it takes back the edit that waited', async () => {
    await score(3);
    writer.failure = diskFull;
    void score(5);
    await until(() => manager.getState().fault === 'quota');
    void manager.run('undo');
    expect(unsaved()).toBe(2);

    writer.failure = undefined;
    manager.retryNow();
    await until(() => unsaved() === 0);
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState()).toMatchObject({ canUndo: true, canRedo: true });
    await manager.run('redo');
    expect((await stored())?.maturity).toBe(5);
  });

  it('keeps a refused undo to be undone, and does it exactly once when it is stored', async () => {
    await score(2);
    await score(4);
    writer.failure = diskFull;
    void manager.run('undo');
    await until(() => manager.getState().fault === 'quota');
    expect(manager.getState()).toMatchObject({ canUndo: true, canRedo: false });
    expect((await stored())?.maturity).toBe(4);
    await until(() => writer.attempts.length >= 5);

    writer.failure = undefined;
    await until(() => unsaved() === 0);
    expect((await stored())?.maturity).toBe(2);
    expect(manager.getState()).toMatchObject({ failed: false, canUndo: true, canRedo: true });
  });

  it('keeps typing in one field one undo step when it was stored late', async () => {
    writer.failure = diskFull;
    for (const agreements of ['P', 'Po', 'Pool']) void manager.execute('editAgreements', { teamId, elementId: ELEMENT, agreements });
    await until(() => manager.getState().fault === 'quota');
    writer.failure = undefined;
    manager.retryNow();
    await until(() => unsaved() === 0);
    expect((await stored())?.agreements).toBe('Pool');
    await manager.run('undo');
    expect(await stored()).toBeUndefined();
  });

  it('settles while edits wait for the next attempt, so a save or export never hangs on a full disk', async () => {
    writer.failure = diskFull;
    void score(3);
    await manager.settled();
    expect(manager.getState()).toMatchObject({ fault: 'quota', unsaved: 1 });
    writer.failure = undefined;
    manager.retryNow();
    await manager.settled();
    expect(manager.getState()).toEqual({ ...idle, canUndo: true });
  });

  it('takes a later fault as it comes: an edit stored in between, the next one refused', async () => {
    writer.failure = aborted;
    void score(1);
    await until(() => manager.getState().fault === 'write');
    writer.failure = undefined;
    await until(() => unsaved() === 0);
    expect(manager.getState().failed).toBe(false);

    writer.failure = diskFull;
    void score(2);
    await until(() => manager.getState().fault === 'quota');
    writer.failure = undefined;
    await until(() => unsaved() === 0);
    expect((await stored())?.maturity).toBe(2);
  });

  it('stops on a refused edit that turns out to be a mistake: it is dropped and the rest go on', async () => {
    writer.failure = diskFull;
    void score(1);
    await until(() => manager.getState().fault === 'quota');
    void score(2);
    writer.failure = () => {
      writer.failure = undefined;
      return mistake();
    };
    manager.retryNow();
    await until(() => unsaved() === 0);
    expect(writer.attempts).toHaveLength(3);
    expect((await stored())?.maturity).toBe(2);
    expect(manager.getState()).toMatchObject({ failed: false, fault: undefined });
  });
});
