import type { PresentationFocus } from '../../facilitation/facilitationStore';

/** Where the presentation's focus goes: the whole plate, or one theme at a time. */
export type FocusCommand = 'present.next' | 'present.previous' | 'present.wholePlate' | 'present.lastTheme' | 'present.theme';

/**
 * The focus after a presentation command: next goes from the whole plate to the first theme and stops at
 * the last, previous goes back to the whole plate before the first theme, a digit picks that theme (if
 * the plate has it). Undefined when the command does not move the focus.
 */
export function nextFocus(
  command: FocusCommand,
  focus: PresentationFocus,
  themeCount: number,
  key?: string,
): PresentationFocus | undefined {
  switch (command) {
    case 'present.next':
      return focus === 'all' ? 0 : Math.min(focus + 1, themeCount - 1);
    case 'present.previous':
      return focus === 'all' || focus === 0 ? 'all' : focus - 1;
    case 'present.wholePlate':
      return 'all';
    case 'present.lastTheme':
      return themeCount - 1;
    case 'present.theme': {
      const number = Number(key);
      return Number.isInteger(number) && number >= 1 && number <= themeCount ? number - 1 : undefined;
    }
  }
}
