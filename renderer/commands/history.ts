import { invert, merge, type ChangeSet } from '../data/changes';

/** How a history folds two steps into one (typing) and turns a step into the one that takes it back. */
export interface HistoryRules<Step> {
  merge(earlier: Step, later: Step): Step;
  invert(step: Step): Step;
}

/** A workshop's edits: change sets, undone by writing their "before" side back. */
export const changeSetRules: HistoryRules<ChangeSet> = { merge, invert };

interface Entry<Step> {
  step: Step;
  /** Edits with the same key in quick succession (typing in one field) become one undo step. */
  coalesceKey: string | undefined;
  at: number;
}

export const COALESCE_WINDOW_MS = 5000;

/**
 * The one undo history of the app: undo and redo stacks of steps. A new step clears redo; undo and redo
 * move steps across. A workshop's command manager keeps change sets in it, the library its operations
 * (`libraryCommands.ts`); `undo` hands back what to write to take the last step back, `redo` the step itself.
 */
export class History<Step = ChangeSet> {
  private undoStack: Entry<Step>[] = [];
  private redoStack: Entry<Step>[] = [];

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly rules: HistoryRules<Step> = changeSetRules as unknown as HistoryRules<Step>,
  ) {}

  record(step: Step, coalesceKey?: string): void {
    const now = this.clock();
    const last = this.undoStack.at(-1);
    if (last && coalesceKey !== undefined && last.coalesceKey === coalesceKey && now - last.at < COALESCE_WINDOW_MS) {
      last.step = this.rules.merge(last.step, step);
      last.at = now;
    } else {
      this.undoStack.push({ step, coalesceKey, at: now });
    }
    this.redoStack = [];
  }

  /** What undoes the last step, or `undefined` when there is nothing to undo. */
  undo(): Step | undefined {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    this.redoStack.push(entry);
    return this.rules.invert(entry.step);
  }

  /**
   * What undoes this one step, wherever it is in the history (a message's "Ongedaan maken" undoes what
   * it tells of, even after later steps); `undefined` when it is not there to be undone.
   */
  undoStep(step: Step): Step | undefined {
    const at = this.undoStack.findIndex((entry) => entry.step === step);
    if (at < 0) return undefined;
    const [entry] = this.undoStack.splice(at, 1);
    this.redoStack.push(entry!);
    return this.rules.invert(entry!.step);
  }

  redo(): Step | undefined {
    const entry = this.redoStack.pop();
    if (!entry) return undefined;
    this.undoStack.push({ ...entry, coalesceKey: undefined });
    return entry.step;
  }

  /** Puts back the entry the last `undo` (or `undoStep`) moved, when writing that undo failed: it is still to be undone. */
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
