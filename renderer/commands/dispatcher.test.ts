import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandRegistry } from '../../shared/commands/registry';
import { setUpManagerHarness } from '../../tests/support/commandManagerHarness';
import { CommandDispatcher, type KeyEvent } from './dispatcher';

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
class FakeSelect extends FakeHTMLElement {}

const harness = setUpManagerHarness();

/** A dispatcher for Windows and Linux (or a Mac), offering the harness's undo and redo as the workshop screen does. */
function dispatcherWithHistory(mac = false) {
  const dispatcher = new CommandDispatcher(commandRegistry, mac);
  dispatcher.register('edit.undo', { run: () => harness.manager.run('undo') });
  dispatcher.register('edit.redo', { run: () => harness.manager.run('redo') });
  return dispatcher;
}

function press(
  dispatcher: CommandDispatcher,
  key: string,
  modifiers: Partial<KeyEvent> = {},
  target: object | null = new FakeHTMLElement(),
) {
  const preventDefault = vi.fn();
  const event = { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers, target, preventDefault };
  const handled = dispatcher.handleKeyDown(event as unknown as KeyEvent);
  return { handled, prevented: preventDefault.mock.calls.length > 0 };
}

beforeEach(() => {
  vi.stubGlobal('HTMLElement', FakeHTMLElement);
  vi.stubGlobal('HTMLInputElement', FakeInput);
  vi.stubGlobal('HTMLTextAreaElement', FakeTextArea);
  vi.stubGlobal('HTMLSelectElement', FakeSelect);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const settled = () => harness.manager.settled();

describe('the command dispatcher: undo and redo from the keyboard', () => {
  it('undoes with Ctrl+Z and keeps the browser from acting on it', async () => {
    const dispatcher = dispatcherWithHistory();
    await harness.score(3);
    expect(press(dispatcher, 'z', { ctrlKey: true })).toEqual({ handled: true, prevented: true });
    await settled();
    expect(await harness.stored()).toBeUndefined();
  });

  it('redoes with Ctrl+Shift+Z and with Ctrl+Y', async () => {
    const dispatcher = dispatcherWithHistory();
    await harness.score(3);
    await harness.manager.run('undo');
    expect(press(dispatcher, 'Z', { ctrlKey: true, shiftKey: true }).handled).toBe(true);
    await settled();
    expect((await harness.stored())?.maturity).toBe(3);

    await harness.manager.run('undo');
    expect(press(dispatcher, 'y', { ctrlKey: true }).handled).toBe(true);
    await settled();
    expect((await harness.stored())?.maturity).toBe(3);
  });

  it('undoes with Ctrl+Z while Caps Lock is on', async () => {
    const dispatcher = dispatcherWithHistory();
    await harness.score(3);
    expect(press(dispatcher, 'Z', { ctrlKey: true }).handled).toBe(true);
    await settled();
    expect(await harness.stored()).toBeUndefined();
  });

  it('works from a button, a checkbox, a radio button and with no target at all', async () => {
    const dispatcher = dispatcherWithHistory();
    for (const target of [new FakeHTMLElement(), new FakeInput('checkbox'), new FakeInput('radio'), null]) {
      await harness.score(3);
      expect(press(dispatcher, 'z', { ctrlKey: true }, target).handled).toBe(true);
      await settled();
      expect(await harness.stored()).toBeUndefined();
    }
  });

  it('leaves Ctrl+Z and Ctrl+Y to a text field, a textarea, a list or editable text', async () => {
    const dispatcher = dispatcherWithHistory();
    await harness.score(3);
    const editable = Object.assign(new FakeHTMLElement(), { isContentEditable: true });
    for (const target of [
      new FakeInput('text'),
      new FakeInput('search'),
      new FakeInput('date'),
      new FakeTextArea(),
      new FakeSelect(),
      editable,
    ]) {
      expect(press(dispatcher, 'z', { ctrlKey: true }, target)).toEqual({ handled: false, prevented: false });
      expect(press(dispatcher, 'y', { ctrlKey: true }, target)).toEqual({ handled: false, prevented: false });
    }
    await settled();
    expect((await harness.stored())?.maturity).toBe(3);
    expect(harness.manager.getState().canUndo).toBe(true);
  });

  it('ignores keys that are not a shortcut', async () => {
    const dispatcher = dispatcherWithHistory();
    await harness.score(3);
    for (const [key, modifiers] of [
      ['z', {}],
      ['z', { shiftKey: true }],
      ['z', { metaKey: true }],
      ['z', { ctrlKey: true, altKey: true }],
      ['y', { ctrlKey: true, shiftKey: true }],
      ['x', { ctrlKey: true }],
    ] as const) {
      expect(press(dispatcher, key, modifiers)).toEqual({ handled: false, prevented: false });
    }
    await settled();
    expect((await harness.stored())?.maturity).toBe(3);
  });

  it('uses Cmd instead of Ctrl on a Mac, where Cmd+Shift+Z is the only redo', async () => {
    const mac = dispatcherWithHistory(true);
    await harness.score(3);
    expect(press(mac, 'z', { ctrlKey: true }).handled).toBe(false);
    expect(press(mac, 'z', { metaKey: true }).handled).toBe(true);
    await settled();
    expect(await harness.stored()).toBeUndefined();

    expect(press(mac, 'y', { metaKey: true }).handled).toBe(false);
    expect(press(mac, 'z', { metaKey: true, shiftKey: true }).handled).toBe(true);
    await settled();
    expect((await harness.stored())?.maturity).toBe(3);
  });
});

describe('the command dispatcher: what can run', () => {
  it('runs a command only while a screen offers it and says it can, and the latest offer wins', () => {
    const dispatcher = new CommandDispatcher(commandRegistry, false);
    const first = vi.fn();
    const second = vi.fn();
    expect(dispatcher.dispatch('export.csv')).toBe(false);
    const stopFirst = dispatcher.register('export.csv', { run: first });
    const stopSecond = dispatcher.register('export.csv', { run: second, enabled: false });
    expect(dispatcher.isEnabled('export.csv')).toBe(false);
    expect(dispatcher.dispatch('export.csv')).toBe(false);
    stopSecond();
    expect(dispatcher.dispatch('export.csv', 'payload')).toBe(true);
    expect(first).toHaveBeenCalledWith('payload');
    expect(second).not.toHaveBeenCalled();
    stopFirst();
    expect(dispatcher.isEnabled('export.csv')).toBe(false);
  });

  it('tells its subscribers once per task that what can run changed', async () => {
    const dispatcher = new CommandDispatcher(commandRegistry, false);
    const listener = vi.fn();
    dispatcher.subscribe(listener);
    const stop = dispatcher.register('export.csv', { run: () => {} });
    dispatcher.register('export.xlsx', { run: () => {} });
    stop();
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the presentation’s letters and the panel’s key out of text fields, and lets Ctrl+S through from one', () => {
    const dispatcher = new CommandDispatcher(commandRegistry, false);
    const blank = vi.fn();
    const save = vi.fn();
    dispatcher.register('present.blank', { run: blank });
    dispatcher.register('export.workshopFile', { run: save });
    expect(press(dispatcher, 'b', {}, new FakeInput('text')).handled).toBe(false);
    expect(press(dispatcher, 's', { ctrlKey: true }, new FakeInput('text')).handled).toBe(true);
    expect(press(dispatcher, 'B').handled).toBe(true);
    expect(blank).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('acts on a panel’s key only when the panel passes it, and hands a digit to the command it stands for', () => {
    const dispatcher = new CommandDispatcher(commandRegistry, false);
    const newAction = vi.fn();
    const theme = vi.fn();
    dispatcher.register('panel.newAction', { run: newAction });
    dispatcher.register('present.theme', { run: theme });
    expect(press(dispatcher, 'a').handled).toBe(false);
    const event = { key: 'a', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target: null, preventDefault: vi.fn() };
    expect(dispatcher.handleKeyDown(event, ['panel'])).toBe(true);
    expect(newAction).toHaveBeenCalledTimes(1);
    expect(press(dispatcher, '3').handled).toBe(true);
    expect(theme).toHaveBeenCalledWith({ key: '3' });
  });

  it('leaves a command’s keys out where it is offered without them, and still runs it from a button', () => {
    const dispatcher = new CommandDispatcher(commandRegistry, false);
    const blank = vi.fn();
    dispatcher.register('present.blank', { run: blank, keys: false });
    expect(press(dispatcher, 'b').handled).toBe(false);
    expect(dispatcher.dispatch('present.blank', { on: true })).toBe(true);
    expect(blank).toHaveBeenCalledWith({ on: true });
  });

  it('refuses to start when one key is bound to two commands', () => {
    const clash = {
      ...commandRegistry,
      'export.csv': { label: 'exportCsv', undo: 'never', shortcuts: [{ key: 'z', mod: true }] },
    } as const;
    expect(() => new CommandDispatcher(clash, false)).toThrow(/export\.csv|edit\.undo/);
    const digit = { ...commandRegistry, 'export.csv': { label: 'exportCsv', undo: 'never', shortcuts: [{ key: '4' }] } } as const;
    expect(() => new CommandDispatcher(digit, false)).toThrow(/present\.theme/);
    const macOnly = {
      ...commandRegistry,
      'export.csv': { label: 'exportCsv', undo: 'never', shortcuts: [{ key: 'y', mod: true, platform: 'mac' }] },
    } as const;
    expect(() => new CommandDispatcher(macOnly, false)).not.toThrow();
    expect(() => new CommandDispatcher(commandRegistry, true)).not.toThrow();
  });
});
