/**
 * Keyboard shortcuts as data: one description per key, from which the renderer matches key presses,
 * the desktop menu takes its accelerators, and the toolbar, `aria-keyshortcuts` and the keyboard help
 * take what they show. No DOM and no Electron here, so both sides read the same list.
 */

/** The platforms a shortcut can be limited to: Apple's keyboards, or Windows and Linux. */
export type ShortcutPlatform = 'mac' | 'other';

export interface Shortcut {
  /** `KeyboardEvent.key`: a letter (any case), `ArrowRight`, `PageDown`, `Escape`, `F5`, ' '…; `digit` is 1–9. */
  key: string;
  /** Ctrl on Windows and Linux, ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  /** Only on this platform; both when absent. */
  platform?: ShortcutPlatform;
}

/** What a key press carries that a shortcut looks at (a `KeyboardEvent` has all of it). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The key that stands for every digit from 1 to 9: "the first to ninth theme". */
export const DIGIT = 'digit';

const isDigit = (key: string) => /^[1-9]$/.test(key);

export function appliesOn(shortcut: Shortcut, mac: boolean): boolean {
  return shortcut.platform === undefined || shortcut.platform === (mac ? 'mac' : 'other');
}

/**
 * Whether a key press is this shortcut. Letters match in either case (Caps Lock, Shift+letter), so a
 * letter with Shift is told apart only by `shift`. Without `mod`, neither Ctrl nor ⌘ may be held.
 */
export function matches(shortcut: Shortcut, press: KeyPress, mac: boolean): boolean {
  if (!appliesOn(shortcut, mac) || press.altKey) return false;
  const mod = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey : press.metaKey;
  if (mod !== Boolean(shortcut.mod) || other) return false;
  if (shortcut.key === DIGIT) return isDigit(press.key) && !press.shiftKey;
  const letter = shortcut.key.length === 1 && shortcut.key.toLowerCase() !== shortcut.key.toUpperCase();
  if (letter) return press.key.toLowerCase() === shortcut.key.toLowerCase() && press.shiftKey === Boolean(shortcut.shift);
  // Keys such as "?" and "." are what Shift made of another key: their Shift is part of the key.
  if (shortcut.key.length === 1) return press.key === shortcut.key;
  return press.key === shortcut.key && press.shiftKey === Boolean(shortcut.shift);
}

/** One text per combination of keys, to find a combination bound twice. */
export function identity(shortcut: Shortcut, mac: boolean): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toLowerCase() : shortcut.key;
  return [shortcut.mod ? 'mod' : '', shortcut.shift ? 'shift' : '', key, mac ? 'mac' : 'other'].join('+');
}

/** The same press as the digits' shortcut stands for: 1 conflicts with `digit`. */
export function identitiesOf(shortcut: Shortcut, mac: boolean): string[] {
  if (!appliesOn(shortcut, mac)) return [];
  if (shortcut.key !== DIGIT) return [identity(shortcut, mac)];
  return ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((key) => identity({ ...shortcut, key }, mac));
}

const KEY_NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  Escape: 'Esc',
  ' ': 'Space',
};

function keyText(shortcut: Shortcut, digits: number): string {
  if (shortcut.key === DIGIT) return `1–${digits}`;
  return KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
}

/** What the user reads: "Ctrl+Shift+Z" on Windows and Linux, "⇧⌘Z" on a Mac, "→", "Esc"; the digits up to `digits`. */
export function shortcutText(shortcut: Shortcut, mac: boolean, digits = 9): string {
  const key = keyText(shortcut, digits);
  if (mac) return `${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`;
  return [shortcut.mod ? 'Ctrl' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The value of `aria-keyshortcuts`, in the names ARIA uses: "Control+Shift+Z", "Meta+Z", "A". */
export function ariaKeyShortcut(shortcut: Shortcut, mac: boolean): string {
  const key = shortcut.key === ' ' ? 'Space' : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.mod ? (mac ? 'Meta' : 'Control') : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The desktop menu's accelerator for the shortcut: "CmdOrCtrl+Shift+Z", "F5". */
export function accelerator(shortcut: Shortcut): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.mod ? 'CmdOrCtrl' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
