import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Maturity } from '../../shared/model/assessment';
import { ChangeWriter, type ChangeSet } from '../data/changes';
import { ActieplaatDatabase } from '../data/db';
import { WorkshopEdits } from '../data/edits';
import { WorkshopRepository } from '../data/workshopRepository';
import { CommandManager, RETRY_DELAYS_MS, type ManagerState } from './commandManager';
import type { ShortcutEvent } from './types';

// The shortcuts depend on the platform, read when the module loads: pin a non-Mac one for most tests.
vi.hoisted(() => {
  vi.stubGlobal('navigator', { platform: 'Win32' });
});

type Manager = CommandManager;

const ELEMENT = 'matching.aanbod';

/** A writer whose writes can be made to fail, as a full disk, a broken transaction or a mistake in an edit would. */
class FlakyWriter extends ChangeWriter {
  /** What every write throws while it is set. */
  failure: (() => unknown) | undefined;
  attempts: number[] = [];
  override async perform(workshopId: string, produce: () => ChangeSet | Promise<ChangeSet>): Promise<ChangeSet> {
    this.attempts.push(Date.now());
    if (this.failure) throw this.failure();
    return super.perform(workshopId, produce);
  }
}

/** As the browser reports a full disk. */
const diskFull = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
/** As Dexie reports a transaction the browser aborted: its own AbortError, the browser's error inside. */
const aborted = () =>
  Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('Internal error.', 'UnknownError') });
/** Not the storage's fault: an edit that cannot be written however often it is tried. */
const mistake = () => new TypeError("Cannot read properties of undefined (reading 'id')");

/** Waits until `condition` holds (the manager retries on timers of its own). */
async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let database: ActieplaatDatabase;
let writer: FlakyWriter;
let manager: Manager;
let workshopId: string;
let teamId: string;
let clock = 0;
const factory = {
  newId: () => crypto.randomUUID(),
  now: () => new Date(Date.UTC(2026, 10, 22, 10, 0, 0, clock++)).toISOString(),
};

beforeEach(async () => {
  database = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
  await database.open();
  const repository = new WorkshopRepository(database, factory);
  const workshop = await repository.create({ title: 'Zorgreserve', date: '2026-12-01', language: 'nl', organisations: [] }, 'Team 1');
  workshopId = workshop.id;
  teamId = (await database.teams.where('workshopId').equals(workshopId).first())!.id;
  writer = new FlakyWriter(database, factory.now);
  manager = new CommandManager(new WorkshopEdits(database, factory, workshopId), writer, { retryDelaysMs: [20, 40] });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await database.delete();
});

const stored = () => database.assessments.get([teamId, ELEMENT]);
const score = (maturity: Maturity) => manager.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { maturity } });
const updatedAt = async () => (await database.workshops.get(workshopId))!.updatedAt;

/** Nothing to store, nothing failed, nothing to undo. */
const idle: ManagerState = { saving: false, failed: false, fault: undefined, unsaved: 0, canUndo: false, canRedo: false };

function recordStates(subject: Manager) {
  const states: ManagerState[] = [];
  subject.subscribe(() => states.push(subject.getState()));
  return states;
}

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

describe('CommandManager: keyboard', () => {
  /** Minimal stand-ins for the DOM classes the text-entry guard checks; vitest runs in node. */
  class FakeHTMLElement {
    isContentEditable = false;
  }
  class FakeInput extends FakeHTMLElement {
    constructor(readonly type: string) {
      super();
    }
  }
  class FakeTextArea extends FakeHTMLElement {}

  beforeEach(() => {
    vi.stubGlobal('HTMLElement', FakeHTMLElement);
    vi.stubGlobal('HTMLInputElement', FakeInput);
    vi.stubGlobal('HTMLTextAreaElement', FakeTextArea);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function press(subject: Manager, key: string, modifiers: Partial<ShortcutEvent> = {}, target: object | null = new FakeHTMLElement()) {
    const preventDefault = vi.fn();
    const event = { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers, target, preventDefault };
    const handled = subject.handleKeyDown(event as unknown as KeyboardEvent);
    return { handled, prevented: preventDefault.mock.calls.length > 0 };
  }

  it('undoes with Ctrl+Z and keeps the browser from acting on it', async () => {
    await score(3);
    expect(press(manager, 'z', { ctrlKey: true })).toEqual({ handled: true, prevented: true });
    await manager.settled();
    expect(await stored()).toBeUndefined();
  });

  it('redoes with Ctrl+Shift+Z and with Ctrl+Y', async () => {
    await score(3);
    await manager.run('undo');
    expect(press(manager, 'Z', { ctrlKey: true, shiftKey: true }).handled).toBe(true);
    await manager.settled();
    expect((await stored())?.maturity).toBe(3);

    await manager.run('undo');
    expect(press(manager, 'y', { ctrlKey: true }).handled).toBe(true);
    await manager.settled();
    expect((await stored())?.maturity).toBe(3);
  });

  it('undoes with Ctrl+Z while Caps Lock is on', async () => {
    await score(3);
    expect(press(manager, 'Z', { ctrlKey: true }).handled).toBe(true);
    await manager.settled();
    expect(await stored()).toBeUndefined();
  });

  it('works from a button, a checkbox, a radio button and with no target at all', async () => {
    for (const target of [new FakeHTMLElement(), new FakeInput('checkbox'), new FakeInput('radio'), null]) {
      await score(3);
      expect(press(manager, 'z', { ctrlKey: true }, target).handled).toBe(true);
      await manager.settled();
      expect(await stored()).toBeUndefined();
    }
  });

  it('leaves Ctrl+Z and Ctrl+Y to a text field, a textarea or editable text', async () => {
    await score(3);
    const editable = Object.assign(new FakeHTMLElement(), { isContentEditable: true });
    for (const target of [new FakeInput('text'), new FakeInput('search'), new FakeInput('date'), new FakeTextArea(), editable]) {
      expect(press(manager, 'z', { ctrlKey: true }, target)).toEqual({ handled: false, prevented: false });
      expect(press(manager, 'y', { ctrlKey: true }, target)).toEqual({ handled: false, prevented: false });
    }
    await manager.settled();
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState().canUndo).toBe(true);
  });

  it('ignores keys that are not a shortcut', async () => {
    await score(3);
    for (const [key, modifiers] of [
      ['z', {}],
      ['z', { shiftKey: true }],
      ['z', { metaKey: true }],
      ['z', { ctrlKey: true, altKey: true }],
      ['y', { ctrlKey: true, shiftKey: true }],
      ['x', { ctrlKey: true }],
    ] as const) {
      expect(press(manager, key, modifiers)).toEqual({ handled: false, prevented: false });
    }
    await manager.settled();
    expect((await stored())?.maturity).toBe(3);
  });

  it('uses Cmd instead of Ctrl on a Mac, where Cmd+Shift+Z is the only redo', async () => {
    vi.resetModules();
    vi.stubGlobal('navigator', { platform: 'MacIntel' });
    const { CommandManager: MacActionManager } = await import('./commandManager');
    const mac = new MacActionManager(new WorkshopEdits(database, factory, workshopId), writer);

    await mac.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { maturity: 3 } });
    expect(press(mac, 'z', { ctrlKey: true }).handled).toBe(false);
    expect(press(mac, 'z', { metaKey: true }).handled).toBe(true);
    await mac.settled();
    expect(await stored()).toBeUndefined();

    expect(press(mac, 'y', { metaKey: true }).handled).toBe(false);
    expect(press(mac, 'z', { metaKey: true, shiftKey: true }).handled).toBe(true);
    await mac.settled();
    expect((await stored())?.maturity).toBe(3);
  });
});
