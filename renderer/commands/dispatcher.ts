import {
  assertNoShortcutClashes,
  commandRegistry,
  type CommandId,
  type CommandScope,
  type CommandSpec,
} from '../../shared/commands/registry';
import { matches, type KeyPress } from '../../shared/commands/shortcuts';

/** What runs a command where it can run now: registered by the part of the screen that can. */
export interface CommandHandler {
  /** `payload` is what a button or menu passes; a key passes the key it was (`{ key: '3' }` for a theme). */
  run(payload?: unknown): void | Promise<void>;
  /** Whether it can run now; true when absent. The desktop menu and the buttons follow it. */
  enabled?: boolean;
  /**
   * `false`: its keys do not run it here (the control window's projector buttons run the presentation's
   * commands, whose keys act only in the presentation).
   */
  keys?: boolean;
}

/** A key press as the dispatcher reads it: a `KeyboardEvent`, or a test's stand-in. */
export interface KeyEvent extends KeyPress {
  target: EventTarget | null;
  defaultPrevented?: boolean;
  preventDefault(): void;
}

const isMacPlatform = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Text the user is typing in keeps its own keys (its undo, its letters), unless a command says otherwise. */
function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (typeof HTMLSelectElement !== 'undefined' && target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}

/**
 * The one way a user command runs, whether from a button, a key, a context menu or the desktop menu.
 * The registry (`shared/commands/registry.ts`) says what the commands are; a screen registers a handler
 * for those it can run while it is shown (`useCommand`), and the latest registration of a command wins.
 * Made once per window; it refuses to start when a key is bound to two commands.
 */
export class CommandDispatcher {
  private readonly handlers = new Map<CommandId, CommandHandler[]>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private announcing = false;

  constructor(
    private readonly registry: Readonly<Record<CommandId, CommandSpec>> = commandRegistry,
    /** Apple's keyboards: ⌘ for Ctrl, and the shortcuts meant for a Mac. */
    readonly mac: boolean = isMacPlatform(),
  ) {
    assertNoShortcutClashes(registry);
  }

  /** Makes `handler` the one that runs `id` until the returned function is called. */
  register(id: CommandId, handler: CommandHandler): () => void {
    const stack = this.handlers.get(id) ?? [];
    stack.push(handler);
    this.handlers.set(id, stack);
    this.changed();
    return () => {
      const at = stack.indexOf(handler);
      if (at >= 0) stack.splice(at, 1);
      this.changed();
    };
  }

  /** Whether `id` can run now: a screen offers it, and its handler says it can. */
  isEnabled(id: CommandId): boolean {
    const handler = this.handlers.get(id)?.at(-1);
    return handler !== undefined && handler.enabled !== false;
  }

  /** Runs `id` if it can run now; returns whether it ran. */
  dispatch(id: CommandId, payload?: unknown): boolean {
    const handler = this.handlers.get(id)?.at(-1);
    if (!handler || handler.enabled === false) return false;
    void Promise.resolve(handler.run(payload)).catch((error: unknown) => console.error(`Command ${id} failed`, error));
    return true;
  }

  /** The command a key press stands for in `scopes`, if one is registered and enabled. */
  commandFor(event: KeyPress, scopes: readonly CommandScope[]): CommandId | undefined {
    for (const [id, spec] of Object.entries(this.registry) as [CommandId, CommandSpec][]) {
      if (!scopes.includes(spec.scope ?? 'window') || !this.isEnabled(id) || this.handlers.get(id)?.at(-1)?.keys === false) continue;
      if ((spec.shortcuts ?? []).some((shortcut) => matches(shortcut, event, this.mac))) return id;
    }
    return undefined;
  }

  /**
   * The keyboard's way in: the window's key handler passes the window's and the presentation's scopes,
   * the element panel its own. Returns whether the key ran a command (and then the browser does nothing more with it).
   */
  handleKeyDown(event: KeyEvent, scopes: readonly CommandScope[] = ['window', 'presentation']): boolean {
    if (event.defaultPrevented) return false;
    const id = this.commandFor(event, scopes);
    if (!id) return false;
    if (isTextEntry(event.target) && !this.registry[id].whileTyping) return false;
    event.preventDefault();
    return this.dispatch(id, { key: event.key });
  }

  /** Subscribers hear of a change of what can run once per task, however many registrations changed. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Changes whenever what can run changes (for `useSyncExternalStore`). */
  getVersion = (): number => this.version;

  private changed(): void {
    this.version += 1;
    if (this.announcing) return;
    this.announcing = true;
    queueMicrotask(() => {
      this.announcing = false;
      for (const listener of [...this.listeners]) listener();
    });
  }
}

/** This window's dispatcher. */
export const commandDispatcher = new CommandDispatcher();
