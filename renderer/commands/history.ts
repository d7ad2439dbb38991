import { invert, merge, type ChangeSet } from '../data/changes';

interface Entry {
  changes: ChangeSet;
  /** Edits with the same key in quick succession (typing in one field) become one undo step. */
  coalesceKey: string | undefined;
  at: number;
}

export const COALESCE_WINDOW_MS = 5000;

/** Undo and redo stacks of change sets. A new edit clears redo; undo and redo move entries across. */
export class History {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];

  constructor(private readonly clock: () => number = Date.now) {}

  record(changes: ChangeSet, coalesceKey?: string): void {
    const now = this.clock();
    const last = this.undoStack.at(-1);
    if (last && coalesceKey !== undefined && last.coalesceKey === coalesceKey && now - last.at < COALESCE_WINDOW_MS) {
      last.changes = merge(last.changes, changes);
      last.at = now;
    } else {
      this.undoStack.push({ changes, coalesceKey, at: now });
    }
    this.redoStack = [];
  }

  /** The change set that undoes the last edit, or `undefined` when there is nothing to undo. */
  undo(): ChangeSet | undefined {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    this.redoStack.push(entry);
    return invert(entry.changes);
  }

  redo(): ChangeSet | undefined {
    const entry = this.redoStack.pop();
    if (!entry) return undefined;
    this.undoStack.push({ ...entry, coalesceKey: undefined });
    return entry.changes;
  }

  /** Puts back the entry the last `undo` moved, when writing that undo failed: it is still to be undone. */
  rollbackUndo(): void {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
  }

  /** Puts back the entry the last `redo` moved, when writing that redo failed. */
  rollbackRedo(): void {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
}
