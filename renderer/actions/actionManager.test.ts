import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Maturity } from '../../shared/model/assessment';
import { ChangeWriter, type ChangeSet } from '../data/changes';
import { ActieplaatDatabase } from '../data/db';
import { WorkshopEdits } from '../data/edits';
import { WorkshopRepository } from '../data/workshopRepository';
import { ActionManager, type ManagerState } from './actionManager';
import type { ShortcutEvent } from './types';

// The shortcuts depend on the platform, read when the module loads: pin a non-Mac one for most tests.
vi.hoisted(() => {
  vi.stubGlobal('navigator', { platform: 'Win32' });
});

type Manager = ActionManager;

const ELEMENT = 'matching.aanbod';

/** A writer whose writes can be made to fail, as a full disk or a blocked database would. */
class FlakyWriter extends ChangeWriter {
  failing = false;
  override async perform(workshopId: string, produce: () => ChangeSet | Promise<ChangeSet>): Promise<ChangeSet> {
    if (this.failing) throw new Error('schijf vol');
    return super.perform(workshopId, produce);
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
  manager = new ActionManager(new WorkshopEdits(database, factory, workshopId), writer);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await database.delete();
});

const stored = () => database.assessments.get([teamId, ELEMENT]);
const score = (maturity: Maturity) => manager.execute('scoreElement', { teamId, elementId: ELEMENT, patch: { maturity } });
const updatedAt = async () => (await database.workshops.get(workshopId))!.updatedAt;

function recordStates(subject: Manager) {
  const states: ManagerState[] = [];
  subject.subscribe(() => states.push(subject.getState()));
  return states;
}

describe('ActionManager: running edits', () => {
  it('stores an edit and makes it undoable', async () => {
    await score(3);
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState()).toEqual({ saving: false, failed: false, canUndo: true, canRedo: false });
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
    expect(manager.getState()).toEqual({ saving: false, failed: false, canUndo: false, canRedo: false });
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

describe('ActionManager: state', () => {
  it('goes from saving to saved, and tells its subscribers', async () => {
    const states = recordStates(manager);
    await score(3);
    expect(states).toEqual([
      { saving: true, failed: false, canUndo: false, canRedo: false },
      { saving: false, failed: false, canUndo: true, canRedo: false },
    ]);

    states.length = 0;
    await manager.run('undo');
    expect(states).toEqual([
      { saving: true, failed: false, canUndo: true, canRedo: false },
      { saving: false, failed: false, canUndo: false, canRedo: true },
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
    expect(states.at(-1)).toEqual({ saving: false, failed: false, canUndo: true, canRedo: false });
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

  it('reports a failed write, keeps it out of the history, and leaves the database as it was', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = await updatedAt();
    writer.failing = true;

    await expect(score(3)).resolves.toBeUndefined();
    expect(manager.getState()).toEqual({ saving: false, failed: true, canUndo: false, canRedo: false });
    expect(await stored()).toBeUndefined();
    expect(await updatedAt()).toBe(before);
    expect(log).toHaveBeenCalled();
  });

  it('clears the failure once an edit is stored again, and keeps running edits queued behind a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    writer.failing = true;
    await score(3);
    expect(manager.getState().failed).toBe(true);

    writer.failing = false;
    await score(4);
    expect(manager.getState()).toMatchObject({ failed: false, canUndo: true });
    expect((await stored())?.maturity).toBe(4);
  });

  it('leaves a failed edit out of the undo steps: undo skips it and takes back the last stored edit', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await score(2);
    writer.failing = true;
    await score(5);
    writer.failing = false;
    await manager.run('undo');
    expect(await stored()).toBeUndefined();
  });

  it('keeps an edit undoable when writing its undo fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await score(3);
    writer.failing = true;
    await manager.run('undo');
    expect((await stored())?.maturity).toBe(3);
    expect(manager.getState()).toMatchObject({ failed: true, canUndo: true, canRedo: false });
  });
});

describe('ActionManager: keyboard', () => {
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
    const { ActionManager: MacActionManager } = await import('./actionManager');
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
