import { commandRegistry, type CommandId, type CommandScope, type CommandSpec } from '../../shared/commands/registry';
import { appliesOn, shortcutText } from '../../shared/commands/shortcuts';

export interface KeyboardHelpRow {
  id: CommandId;
  label: CommandSpec['label'];
  /** Every key of the command on this platform, as the user reads it. */
  keys: string[];
}

export interface KeyboardHelpGroup {
  scope: CommandScope;
  rows: KeyboardHelpRow[];
}

const SCOPES: readonly CommandScope[] = ['window', 'panel', 'presentation'];

/**
 * The keyboard help, from the registry: every command that has a key, grouped by where its keys act,
 * in the registry's order. `digits` is how many themes the number keys reach.
 */
export function keyboardHelp(
  mac: boolean,
  digits = 9,
  registry: Readonly<Record<CommandId, CommandSpec>> = commandRegistry,
): KeyboardHelpGroup[] {
  const entries = Object.entries(registry) as [CommandId, CommandSpec][];
  return SCOPES.map((scope) => ({
    scope,
    rows: entries.flatMap(([id, spec]) => {
      if ((spec.scope ?? 'window') !== scope) return [];
      const keys = (spec.shortcuts ?? [])
        .filter((shortcut) => appliesOn(shortcut, mac))
        .map((shortcut) => shortcutText(shortcut, mac, digits));
      return keys.length > 0 ? [{ id, label: spec.label, keys }] : [];
    }),
  })).filter((group) => group.rows.length > 0);
}
