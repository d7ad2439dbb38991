import type { ReactNode } from 'react';
import type { CommandId } from '../../shared/commands/registry';
import { dispatchCommand, useCommandView } from '../commands/useCommand';

/**
 * An icon button for a command of the registry: its name, its shortcut in the tooltip and in
 * `aria-keyshortcuts`, greyed out while it cannot run, and it runs through the dispatcher like its key.
 */
export function CommandButton({ id, icon, className = 'icon-button' }: { id: CommandId; icon: ReactNode; className?: string }) {
  const view = useCommandView(id);
  return (
    <button
      type="button"
      className={className}
      data-command={id}
      disabled={!view.enabled}
      aria-label={view.label}
      title={view.shortcut ? `${view.label} (${view.shortcut})` : view.label}
      aria-keyshortcuts={view.ariaKeyShortcuts}
      onClick={() => dispatchCommand(id)}
    >
      {icon}
    </button>
  );
}
