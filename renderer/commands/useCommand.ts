import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { specOf, type CommandId } from '../../shared/commands/registry';
import { appliesOn, ariaKeyShortcut, shortcutText } from '../../shared/commands/shortcuts';
import { commandDispatcher } from './dispatcher';

/**
 * Offers command `id` while the component is shown: its keys, its desktop menu item and its buttons
 * elsewhere run `run`. `enabled: false` greys them out (the menu item included); `keys: false` leaves its
 * keys out here.
 */
export function useCommand(
  id: CommandId,
  run: (payload?: unknown) => void | Promise<void>,
  enabled = true,
  { keys = true }: { keys?: boolean } = {},
): void {
  // The latest `run` without registering again on every render.
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => commandDispatcher.register(id, { run: (payload) => latest.current(payload), enabled, keys }), [id, enabled, keys]);
}

export interface CommandView {
  id: CommandId;
  /** Its name in the user's language. */
  label: string;
  /** Its first shortcut as the user reads it ("Ctrl+Z", "⌘Z"), if it has one. */
  shortcut?: string;
  /** For `aria-keyshortcuts`: every shortcut of it on this platform. */
  ariaKeyShortcuts?: string;
  enabled: boolean;
}

/** A command's name, keys and whether it can run now, from the registry: what a button shows. */
export function useCommandView(id: CommandId): CommandView {
  const { t } = useTranslation();
  useSyncExternalStore(commandDispatcher.subscribe, commandDispatcher.getVersion);
  const spec = specOf(id);
  const { mac } = commandDispatcher;
  const shortcuts = (spec.shortcuts ?? []).filter((shortcut) => appliesOn(shortcut, mac));
  return {
    id,
    label: t(`commands.${spec.label}`),
    shortcut: shortcuts[0] && shortcutText(shortcuts[0], mac),
    ariaKeyShortcuts: shortcuts.length > 0 ? shortcuts.map((shortcut) => ariaKeyShortcut(shortcut, mac)).join(' ') : undefined,
    enabled: commandDispatcher.isEnabled(id),
  };
}

/** Runs a command as a button would. */
export function dispatchCommand(id: CommandId, payload?: unknown): boolean {
  return commandDispatcher.dispatch(id, payload);
}
