import { describe, expect, it } from 'vitest';
import { commandRegistry, type CommandId } from '../../../shared/commands/registry';
import type { PresentationFocus } from '../../facilitation/facilitationStore';
import { CommandDispatcher } from '../../commands/dispatcher';
import { nextFocus, type FocusCommand } from './presentationKeys';

// The presentation screen offers each of its commands; the registry's keys say which key is which.
const dispatcher = new CommandDispatcher(commandRegistry, false);
for (const id of Object.keys(commandRegistry) as CommandId[]) if (id.startsWith('present.')) dispatcher.register(id, { run: () => {} });

const FOCUS_COMMANDS: readonly string[] = ['present.next', 'present.previous', 'present.wholePlate', 'present.lastTheme', 'present.theme'];

/** What a key does on the presentation: moves the focus (to where), or runs another command. */
function presentationCommand(key: string, focus: PresentationFocus, themeCount: number) {
  const id = dispatcher.commandFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }, ['presentation']);
  if (!id || !FOCUS_COMMANDS.includes(id)) return id;
  const next = nextFocus(id as FocusCommand, focus, themeCount, key);
  return next === undefined ? undefined : { focus: next };
}

describe('presentation keys', () => {
  it('step from the whole plate through the four themes and back', () => {
    expect(presentationCommand('PageDown', 'all', 4)).toEqual({ focus: 0 });
    expect(presentationCommand('ArrowRight', 0, 4)).toEqual({ focus: 1 });
    expect(presentationCommand(' ', 1, 4)).toEqual({ focus: 2 });
    expect(presentationCommand('PageDown', 3, 4)).toEqual({ focus: 3 });
    expect(presentationCommand('PageUp', 1, 4)).toEqual({ focus: 0 });
    expect(presentationCommand('ArrowLeft', 0, 4)).toEqual({ focus: 'all' });
    expect(presentationCommand('PageUp', 'all', 4)).toEqual({ focus: 'all' });
  });
  it('jump home, to the last theme, or to a theme by its number', () => {
    expect(presentationCommand('Home', 2, 4)).toEqual({ focus: 'all' });
    expect(presentationCommand('End', 'all', 4)).toEqual({ focus: 3 });
    expect(presentationCommand('3', 'all', 4)).toEqual({ focus: 2 });
    expect(presentationCommand('5', 'all', 4)).toBeUndefined();
    expect(presentationCommand('0', 'all', 4)).toBeUndefined();
  });
  it('blank the screen with B or the clicker’s period, show scores with S, leave with Escape', () => {
    expect(presentationCommand('b', 'all', 4)).toBe('present.blank');
    expect(presentationCommand('.', 1, 4)).toBe('present.blank');
    expect(presentationCommand('S', 1, 4)).toBe('present.scores');
    expect(presentationCommand('Escape', 1, 4)).toBe('present.leave');
    expect(presentationCommand('x', 1, 4)).toBeUndefined();
  });
  it('show or hide the live room’s join slide with J', () => {
    expect(presentationCommand('j', 'all', 4)).toBe('present.joinSlide');
    expect(presentationCommand('J', 2, 4)).toBe('present.joinSlide');
  });
});
