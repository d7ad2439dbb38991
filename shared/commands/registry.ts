import type { Catalog } from '../i18n/catalog';
import { identitiesOf, type Shortcut } from './shortcuts';

/**
 * Every user command of the app, by id: a closed list. Each says its label (a key of the catalogs'
 * `commands` section), its shortcuts, and how it is undone. The renderer's dispatcher runs them from
 * buttons, keys, context menus and the desktop menu alike; the desktop menu is built from the same
 * entries (`electron/main/menu.ts`), and the keyboard help lists them.
 *
 * Undo: `step` is one step of the undo history, `merge` merges with the next of the same command on the
 * same thing (typing), `never` is not undone (it changes no stored data, or is undo itself).
 */
export type UndoKind = 'step' | 'merge' | 'never';

/** Where a command's keys act: the whole window, the presentation (projector), or the opened element's panel. */
export type CommandScope = 'window' | 'presentation' | 'panel';

export interface CommandSpec {
  label: keyof Catalog['commands'];
  undo: UndoKind;
  /** The first is the one shown (toolbar, menu, help); the others work too. */
  shortcuts?: readonly Shortcut[];
  /** Where the keys act; `window` when absent. */
  scope?: CommandScope;
  /** The keys act in a text field too (they type nothing there); otherwise a text field keeps them. */
  whileTyping?: boolean;
}

const edit = (label: keyof Catalog['commands'], undo: 'step' | 'merge' = 'step'): CommandSpec => ({ label, undo });
const present = (label: keyof Catalog['commands'], shortcuts: readonly Shortcut[]): CommandSpec => ({
  label,
  undo: 'never',
  shortcuts,
  scope: 'presentation',
});

export const commandRegistry = {
  // The workshop's edits (renderer/commands/editCommands.ts says what each does).
  scoreElement: edit('scoreElement'),
  editAgreements: edit('editAgreements', 'merge'),
  addNote: edit('addNote'),
  editNote: edit('editNote', 'merge'),
  deleteNote: edit('deleteNote'),
  moveNote: edit('moveNote'),
  addAction: edit('addAction'),
  editAction: edit('editAction', 'merge'),
  deleteAction: edit('deleteAction'),
  placeDot: edit('placeDot'),
  addTeam: edit('addTeam'),
  editTeam: edit('editTeam', 'merge'),
  moveTeam: edit('moveTeam'),
  removeTeam: edit('removeTeam'),
  addParticipant: edit('addParticipant'),
  editParticipant: edit('editParticipant', 'merge'),
  removeParticipant: edit('removeParticipant'),
  editDetails: edit('editDetails', 'merge'),
  editElement: edit('editElement', 'merge'),
  addElement: edit('addElement'),
  mergeTeams: edit('mergeTeams'),

  // The undo history itself. Redo has Ctrl+Y too on Windows and Linux, where people expect it.
  'edit.undo': { label: 'undo', undo: 'never', shortcuts: [{ key: 'z', mod: true }] },
  'edit.redo': {
    label: 'redo',
    undo: 'never',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true, platform: 'other' },
    ],
  },

  // The library.
  'workshop.new': { label: 'newWorkshop', undo: 'never', shortcuts: [{ key: 'n', mod: true }], whileTyping: true },
  'workshop.import': { label: 'import', undo: 'never', shortcuts: [{ key: 'o', mod: true }], whileTyping: true },
  'workshop.rename': { label: 'renameWorkshop', undo: 'step' },
  'workshop.duplicate': { label: 'duplicateWorkshop', undo: 'step' },
  'workshop.followUp': { label: 'followUp', undo: 'never' },
  'workshop.delete': { label: 'deleteWorkshop', undo: 'step' },
  'workshop.replace': { label: 'replaceWorkshop', undo: 'step' },
  'backups.show': { label: 'showBackups', undo: 'never' },
  // A backup comes back as a new workshop, deleted like any other.
  'backups.restore': { label: 'restoreBackup', undo: 'never' },
  'language.choose': { label: 'chooseLanguage', undo: 'never' },

  // Exports of the open workshop.
  'export.pdf': { label: 'exportPdf', undo: 'never', shortcuts: [{ key: 'p', mod: true }], whileTyping: true },
  'export.workshopFile': { label: 'exportWorkshopFile', undo: 'never', shortcuts: [{ key: 's', mod: true }], whileTyping: true },
  'export.csv': { label: 'exportCsv', undo: 'never' },
  'export.xlsx': { label: 'exportXlsx', undo: 'never' },

  // The projector and the room.
  'view.presentation': { label: 'presentation', undo: 'never', shortcuts: [{ key: 'F5' }], whileTyping: true },
  'view.projector': { label: 'projector', undo: 'never' },
  'room.open': { label: 'openRoom', undo: 'never' },
  'room.start': { label: 'startRoom', undo: 'never' },
  'room.copyLink': { label: 'copyJoinLink', undo: 'never' },
  'room.removeDevice': { label: 'removeDevice', undo: 'never' },
  'room.newCode': { label: 'newRoomCode', undo: 'never' },
  'room.close': { label: 'closeRoom', undo: 'never' },

  // The facilitator's controls: the round timer, the dot-voting round and the agenda. What the projector
  // shows (whole plate, a theme, scores, blank, join slide) are the presentation's commands, which the
  // control window offers without their keys.
  'timer.startPause': { label: 'startPauseTimer', undo: 'never' },
  'timer.addMinute': { label: 'addMinute', undo: 'never' },
  'timer.reset': { label: 'resetTimer', undo: 'never' },
  'timer.setMinutes': { label: 'setTimerMinutes', undo: 'never' },
  'timer.sound': { label: 'timerSound', undo: 'never' },
  'voting.start': { label: 'startVoting', undo: 'never' },
  'voting.reveal': { label: 'revealVoting', undo: 'never' },
  'voting.close': { label: 'closeVoting', undo: 'never' },
  'agenda.startPhase': { label: 'startPhase', undo: 'step' },
  'agenda.stop': { label: 'stopAgenda', undo: 'step' },
  'agenda.movePhase': { label: 'movePhase', undo: 'step' },
  'agenda.planMinutes': { label: 'planMinutes', undo: 'merge' },

  // The presentation's keys, for a keyboard or a presentation clicker (which sends PageUp, PageDown and B or '.').
  'present.next': present('nextTheme', [{ key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: 'PageDown' }, { key: ' ' }]),
  'present.previous': present('previousTheme', [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }, { key: 'PageUp' }]),
  'present.theme': present('theme', [{ key: 'digit' }]),
  'present.wholePlate': present('wholePlate', [{ key: 'Home' }]),
  'present.lastTheme': present('lastTheme', [{ key: 'End' }]),
  'present.scores': present('toggleScores', [{ key: 's' }]),
  'present.blank': present('toggleBlank', [{ key: 'b' }, { key: '.' }]),
  'present.joinSlide': present('toggleJoinSlide', [{ key: 'j' }]),
  'present.leave': present('leavePresentation', [{ key: 'Escape' }]),

  // The opened element's panel: one key from the element to a new action.
  'panel.newAction': { label: 'newAction', undo: 'never', shortcuts: [{ key: 'a' }], scope: 'panel' },

  'help.shortcuts': { label: 'keyboardHelp', undo: 'never', shortcuts: [{ key: '?' }] },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof commandRegistry;

/** The commands the desktop menu offers (its items are built from their entries). */
export const MENU_COMMANDS = [
  'workshop.new',
  'workshop.import',
  'export.pdf',
  'export.workshopFile',
  'export.csv',
  'export.xlsx',
  'edit.undo',
  'edit.redo',
  'view.presentation',
  'view.projector',
  'room.open',
] as const satisfies readonly CommandId[];

export function specOf(id: CommandId): CommandSpec {
  return commandRegistry[id];
}

/**
 * The keys bound to more than one command, on either platform. A key acts in one place only: the
 * dispatcher refuses to start with such a registry, so it cannot ship.
 */
export function shortcutClashes(registry: Readonly<Record<string, CommandSpec>>): string[] {
  const clashes: string[] = [];
  for (const mac of [false, true]) {
    const owners = new Map<string, string>();
    for (const [id, spec] of Object.entries(registry)) {
      for (const shortcut of spec.shortcuts ?? []) {
        for (const key of identitiesOf(shortcut, mac)) {
          const owner = owners.get(key);
          if (owner !== undefined && owner !== id) clashes.push(`${key}: ${owner}, ${id}`);
          else owners.set(key, id);
        }
      }
    }
  }
  return clashes;
}

/** Throws when a key is bound twice; called once as the renderer's dispatcher is made. */
export function assertNoShortcutClashes(registry: Readonly<Record<string, CommandSpec>>): void {
  const clashes = shortcutClashes(registry);
  if (clashes.length > 0) throw new Error(`Keys bound to two commands: ${clashes.join('; ')}`);
}
