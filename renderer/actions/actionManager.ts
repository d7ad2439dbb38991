import type { ChangeSet, ChangeWriter } from '../data/changes';
import type { WorkshopEdits } from '../data/edits';
import { editActions, type EditActions, type EditPayload } from './editActions';
import type { EditRequest } from './editRequest';
import { History } from './history';
import type { Command, CommandName, ShortcutEvent } from './types';

export interface ManagerState {
  /** An edit is on its way to the database. */
  saving: boolean;
  /** The last write failed; the edit is not stored. */
  failed: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const primary = (event: ShortcutEvent) => (isMac ? event.metaKey : event.ctrlKey) && !event.altKey;

export const commands: Record<CommandName, Command> = {
  undo: { name: 'undo', keyTest: (event) => primary(event) && !event.shiftKey && event.key.toLowerCase() === 'z' },
  redo: {
    name: 'redo',
    keyTest: (event) =>
      primary(event) &&
      ((event.shiftKey && event.key.toLowerCase() === 'z') || (!isMac && !event.shiftKey && event.key.toLowerCase() === 'y')),
  },
};

/** Text the user is typing in keeps the browser's own undo; the app's undo works everywhere else. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}

/**
 * Runs every edit of one workshop: in order (one at a time, so each reads what the previous wrote),
 * into the database, and into the undo history. Buttons, shortcuts and menus all come through here.
 */
export class ActionManager {
  readonly history = new History();
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private failed = false;
  private state: ManagerState = { saving: false, failed: false, canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly edits: WorkshopEdits,
    private readonly writer: ChangeWriter,
  ) {}

  get workshopId(): string {
    return this.edits.workshopId;
  }

  /** The same as `execute`, for an edit held as data. */
  submit(request: EditRequest): Promise<void> {
    return this.execute(request.name, request.payload as never);
  }

  execute<N extends keyof EditActions>(name: N, payload: EditPayload<N>): Promise<void> {
    const action = editActions[name] as unknown as {
      perform(edits: WorkshopEdits, payload: unknown): ChangeSet | Promise<ChangeSet>;
      coalesceKey?(payload: unknown): string;
    };
    return this.enqueue(async () => {
      const changes = await this.writer.perform(this.edits.workshopId, () => action.perform(this.edits, payload));
      if (changes.length > 0) this.history.record(changes, action.coalesceKey?.(payload));
    });
  }

  run(name: CommandName): Promise<void> {
    return this.enqueue(async () => {
      const changes = name === 'undo' ? this.history.undo() : this.history.redo();
      if (!changes) return;
      try {
        await this.writer.apply(this.edits.workshopId, changes);
      } catch (error) {
        // Nothing was written: the step stays where it was, so the user can try again.
        if (name === 'undo') this.history.rollbackUndo();
        else this.history.rollbackRedo();
        throw error;
      }
    });
  }

  /** The one keyboard handler for commands; returns whether it handled the key. */
  handleKeyDown(event: KeyboardEvent): boolean {
    if (isTextEntry(event.target)) return false;
    const command = Object.values(commands).find((candidate) => candidate.keyTest(event));
    if (!command) return false;
    event.preventDefault();
    void this.run(command.name);
    return true;
  }

  /** Resolves when every edit asked for so far is stored (or has failed). */
  settled(): Promise<void> {
    return this.queue;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ManagerState => this.state;

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.pending += 1;
    this.publish();
    const run = this.queue.then(task).then(
      () => {
        this.failed = false;
      },
      (error: unknown) => {
        this.failed = true;
        console.error('Edit not stored', error);
      },
    );
    this.queue = run.finally(() => {
      this.pending -= 1;
      this.publish();
    });
    return this.queue;
  }

  private publish(): void {
    const next: ManagerState = {
      saving: this.pending > 0,
      failed: this.failed,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
    if (Object.entries(next).some(([key, value]) => this.state[key as keyof ManagerState] !== value)) {
      this.state = next;
      for (const listener of this.listeners) listener();
    }
  }
}
