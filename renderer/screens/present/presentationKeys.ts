import type { PresentationFocus } from '../../facilitation/facilitationStore';

/** What the facilitator's keys and presentation clicker do: the whole plate, or one theme at a time. */

export type PresentationCommand =
  | { kind: 'focus'; focus: PresentationFocus }
  | { kind: 'toggleBlank' }
  | { kind: 'toggleScores' }
  | { kind: 'toggleJoin' }
  | { kind: 'leave' };

/**
 * The keys of a presentation: → ↓ PageDown next theme, ← ↑ PageUp previous (before the first theme
 * comes the whole plate), Home the whole plate, 1–9 a theme, B or . blank screen, S show or hide
 * scores, J show or hide the live room's join slide, Escape leave. Clickers send PageUp, PageDown and B or '.'.
 */
export function presentationCommand(key: string, focus: PresentationFocus, themeCount: number): PresentationCommand | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { kind: 'focus', focus: focus === 'all' ? 0 : Math.min(focus + 1, themeCount - 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { kind: 'focus', focus: focus === 'all' || focus === 0 ? 'all' : focus - 1 };
    case 'Home':
      return { kind: 'focus', focus: 'all' };
    case 'End':
      return { kind: 'focus', focus: themeCount - 1 };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'toggleBlank' };
    case 's':
    case 'S':
      return { kind: 'toggleScores' };
    case 'j':
    case 'J':
      return { kind: 'toggleJoin' };
    case 'Escape':
      return { kind: 'leave' };
    default: {
      const number = Number(key);
      return Number.isInteger(number) && number >= 1 && number <= themeCount ? { kind: 'focus', focus: number - 1 } : undefined;
    }
  }
}
