import type { CommandId } from '../../shared/commands/registry';
import type { Workshop } from '../../shared/model/workshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import type { ImportOutcome, WorkshopRepository } from '../data/workshopRepository';
import { History, type HistoryRules } from './history';

/** One library operation in the undo history: what it does again (redo) and what takes it back (undo). */
export interface LibraryStep {
  command: CommandId;
  /** The workshop it is about, as it was named when it was done. */
  title: string;
  perform(): Promise<void>;
  revert(): Promise<void>;
}

const libraryRules: HistoryRules<LibraryStep> = {
  // Library operations never merge: each is a step of its own.
  merge: (_earlier, later) => later,
  invert: (step) => ({ ...step, perform: step.revert, revert: step.perform }),
};

/** What else a deletion does besides the database (the desktop's backups of the workshop). */
export interface DeleteEffects {
  deleted?(workshopId: string): Promise<void>;
  restored?(workshopId: string): Promise<void>;
}

export interface LibraryState {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The library's commands that change stored workshops (rename, duplicate, delete, replace by an import),
 * in order, into the same kind of undo history as a workshop's edits. Ctrl+Z, the desktop menu's
 * Ongedaan maken and a message's "Ongedaan maken" take them back; a workshop's own edits stay in its
 * command manager, where its screen is.
 */
export class LibraryCommands {
  private readonly history = new History<LibraryStep>(Date.now, libraryRules);
  private line: Promise<unknown> = Promise.resolve();
  private state: LibraryState = { canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly repository: WorkshopRepository) {}

  rename(workshop: Workshop, title: string): Promise<void> {
    const before = workshop.title;
    return this.enqueue(async () => {
      await this.repository.rename(workshop.id, title);
      this.record({
        command: 'workshop.rename',
        title: before,
        perform: () => this.repository.rename(workshop.id, title),
        revert: () => this.repository.rename(workshop.id, before),
      });
    });
  }

  duplicate(workshop: Workshop, title: string): Promise<Workshop> {
    return this.enqueue(async () => {
      const copy = await this.repository.duplicate(workshop.id, title);
      let snapshot: WorkshopData | undefined;
      this.record({
        command: 'workshop.duplicate',
        title: copy.title,
        perform: async () => void (snapshot && (await this.repository.restore(snapshot))),
        revert: async () => void (snapshot = await this.repository.delete(copy.id)),
      });
      return copy;
    });
  }

  /** Deletes the workshop; returns the step, for the message that offers to undo it, or nothing when it was gone already. */
  delete(workshop: Workshop, effects: DeleteEffects = {}): Promise<LibraryStep | undefined> {
    return this.enqueue(async () => {
      let snapshot = await this.repository.delete(workshop.id);
      if (!snapshot) return undefined;
      await effects.deleted?.(workshop.id);
      return this.record({
        command: 'workshop.delete',
        title: workshop.title,
        perform: async () => {
          snapshot = (await this.repository.delete(workshop.id)) ?? snapshot;
          await effects.deleted?.(workshop.id);
        },
        revert: async () => {
          if (snapshot) await this.repository.restore(snapshot);
          await effects.restored?.(workshop.id);
        },
      });
    });
  }

  /** Imports `data` in place of the workshop of the same id; the step is there when one was replaced. */
  replace(data: WorkshopData): Promise<{ outcome: ImportOutcome; step?: LibraryStep }> {
    return this.enqueue(async () => {
      const outcome = await this.repository.import(data, { kind: 'replace' });
      if (outcome.status !== 'imported' || !outcome.replaced) return { outcome };
      const replaced = outcome.replaced;
      let imported: WorkshopData | undefined;
      const step = this.record({
        command: 'workshop.replace',
        title: outcome.workshop.title,
        perform: async () => void (imported && (await this.repository.undoReplace(imported))),
        revert: async () => {
          imported = await this.repository.load(outcome.workshop.id);
          await this.repository.undoReplace(replaced);
        },
      });
      return { outcome, step };
    });
  }

  /** Takes back the last step, or `step` wherever it is in the history (a message's undo); resolves to what it took back. */
  undo(step?: LibraryStep): Promise<LibraryStep | undefined> {
    return this.enqueue(async () => {
      const inverse = step ? this.history.undoStep(step) : this.history.undo();
      return this.write(inverse, () => this.history.rollbackUndo());
    });
  }

  /** Does the last step taken back again; resolves to what it did. */
  redo(): Promise<LibraryStep | undefined> {
    return this.enqueue(async () => this.write(this.history.redo(), () => this.history.rollbackRedo()));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = (): LibraryState => this.state;

  private async write(step: LibraryStep | undefined, rollback: () => void): Promise<LibraryStep | undefined> {
    if (!step) return undefined;
    try {
      await step.perform();
      return step;
    } catch (error) {
      // Nothing was written: the step stays where it was, so the user can try again.
      rollback();
      throw error;
    } finally {
      this.publish();
    }
  }

  private record(step: LibraryStep): LibraryStep {
    this.history.record(step);
    this.publish();
    return step;
  }

  private publish(): void {
    const { canUndo, canRedo } = this.history;
    if (canUndo === this.state.canUndo && canRedo === this.state.canRedo) return;
    this.state = { canUndo, canRedo };
    for (const listener of [...this.listeners]) listener();
  }

  /** One operation at a time, in the order asked: each reads what the one before wrote. */
  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.line.then(operation);
    this.line = result.catch(() => undefined);
    return result;
  }
}
