import type { ChangeSet, ChangeWriter } from '../data/changes';
import type { WorkshopEdits } from '../data/edits';
import { storageFaultOf, type StorageFault } from '../data/storageFaults';
import { editCommands, type EditCommands, type EditPayload } from './editCommands';
import type { EditRequest } from './editRequest';
import { History } from './history';
import type { HistoryCommandName } from './types';

export interface ManagerState {
  /** An edit is on its way to the database. */
  saving: boolean;
  /** The last write failed: its edit is not stored (yet, when `fault` says it waits for another attempt). */
  failed: boolean;
  /**
   * Why edits wait: the storage refused the first of them. That edit and every edit asked for after it
   * wait in order and are tried again (after `RETRY_DELAYS_MS`, or `retryNow`) until they are stored.
   */
  fault: StorageFault | undefined;
  /** Edits asked for and not stored yet, the one being written or waiting for another attempt included. */
  unsaved: number;
  canUndo: boolean;
  canRedo: boolean;
}

/** The wait before each next attempt at an edit the storage refused; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000, 30_000];

export interface CommandManagerOptions {
  retryDelaysMs?: readonly number[];
}

interface QueuedEdit {
  write: () => Promise<void>;
  /** Resolves the promise `execute`, `submit` or `run` returned. */
  done: () => void;
}

/**
 * Runs every edit of one workshop: in order (one at a time, so each reads what the previous wrote),
 * into the database, and into the undo history. Buttons, shortcuts and menus all come through here.
 *
 * When the storage refuses a write (disk full, an aborted transaction), nothing of that edit is stored
 * and the edit stays first in line: it is tried again, later edits wait behind it, and once it is stored
 * they follow in the order they were made. An edit enters the undo history only when it is stored, so
 * undo and redo asked for meanwhile apply to the edits before them, as if nothing had failed. An edit
 * that fails for a reason no retry can mend (a mistake in the edit itself) is dropped and reported.
 */
export class CommandManager {
  readonly history = new History();
  private readonly waiting: QueuedEdit[] = [];
  private writing = false;
  private fault: StorageFault | undefined;
  /** The last edit was dropped: it failed for another reason than the storage. */
  private dropped = false;
  /** Failed attempts at the edit first in line. */
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: (() => void)[] = [];
  private readonly retryDelays: readonly number[];
  private state: ManagerState = { saving: false, failed: false, fault: undefined, unsaved: 0, canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly edits: WorkshopEdits,
    private readonly writer: ChangeWriter,
    options: CommandManagerOptions = {},
  ) {
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  get workshopId(): string {
    return this.edits.workshopId;
  }

  /** The same as `execute`, for an edit held as data. */
  submit(request: EditRequest): Promise<void> {
    return this.execute(request.name, request.payload as never);
  }

  execute<N extends keyof EditCommands>(name: N, payload: EditPayload<N>): Promise<void> {
    const action = editCommands[name] as unknown as {
      perform(edits: WorkshopEdits, payload: unknown): ChangeSet | Promise<ChangeSet>;
      coalesceKey?(payload: unknown): string;
    };
    return this.enqueue(async () => {
      const changes = await this.writer.perform(this.edits.workshopId, () => action.perform(this.edits, payload));
      if (changes.length > 0) this.history.record(changes, action.coalesceKey?.(payload));
    });
  }

  run(name: HistoryCommandName): Promise<void> {
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

  /**
   * Resolves when every edit asked for so far is stored, or when the storage refused one and the rest
   * wait for the next attempt: what is in the database then is all that can be.
   */
  settled(): Promise<void> {
    if (!this.writing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Tries a refused edit again now instead of at the next automatic attempt ("Opnieuw proberen"). */
  retryNow(): void {
    if (this.retryTimer === undefined) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    void this.drain();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ManagerState => this.state;

  /** Resolves once the edit is stored (or dropped); while the storage refuses it, it waits. */
  private enqueue(write: () => Promise<void>): Promise<void> {
    return new Promise((done) => {
      this.waiting.push({ write, done });
      // "Saving" is the state from now on, but subscribers hear of it in a microtask, after the write's
      // transaction is asked for: a re-render in the click's own task delayed every write (bench `commit`).
      this.publish({ later: true });
      void this.drain();
    });
  }

  /** Writes the edits in line, first to last, until none is left or the storage refuses one. */
  private async drain(): Promise<void> {
    if (this.writing || this.retryTimer !== undefined) return;
    this.writing = true;
    for (let edit = this.waiting[0]; edit; edit = this.waiting[0]) {
      const outcome = await this.attempt(edit);
      if (outcome === 'refused') break;
      this.waiting.shift();
      edit.done();
      this.publish();
    }
    this.writing = false;
    this.publish();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async attempt(edit: QueuedEdit): Promise<'stored' | 'dropped' | 'refused'> {
    try {
      await edit.write();
      this.fault = undefined;
      this.attempts = 0;
      this.dropped = false;
      return 'stored';
    } catch (error) {
      console.error('Edit not stored', error);
      const fault = storageFaultOf(error);
      if (!fault) {
        this.fault = undefined;
        this.attempts = 0;
        this.dropped = true;
        return 'dropped';
      }
      this.fault = fault;
      const delay = this.retryDelays[Math.min(this.attempts, this.retryDelays.length - 1)] ?? 0;
      this.attempts += 1;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        void this.drain();
      }, delay);
      return 'refused';
    }
  }

  private notifyScheduled = false;

  /** The state as it now is; subscribers hear of a change at once, or (`later`) in a microtask. */
  private publish({ later = false }: { later?: boolean } = {}): void {
    const next: ManagerState = {
      saving: this.waiting.length > 0,
      failed: this.fault !== undefined || this.dropped,
      fault: this.fault,
      unsaved: this.waiting.length,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
    if (Object.entries(next).some(([key, value]) => this.state[key as keyof ManagerState] !== value)) {
      this.state = next;
      if (later) {
        if (this.notifyScheduled) return;
        this.notifyScheduled = true;
        queueMicrotask(() => {
          this.notifyScheduled = false;
          this.notify();
        });
      } else this.notify();
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
