import type { IndexableType, Table } from 'dexie';
import { facilitationFrom } from '../../shared/facilitation/facilitationState';
import type { ActieplaatDatabase } from './db';
import { assertWithinLimits, loadedRecordChecks, loadRecordChecks } from './recordChecks';

/**
 * The tables an edit inside one workshop can touch. `facilitation` (the projector and the timer) only as
 * part of an edit of the workshop's content, such as starting an agenda phase, which undoes as one step.
 */
export type EditableTable =
  'workshops' | 'templates' | 'teams' | 'participants' | 'assessments' | 'notes' | 'actions' | 'votes' | 'facilitation';

/**
 * One record before and after an edit; `undefined` means "not there". A list of these is both what
 * an edit writes and, reversed, what its undo writes: undo and redo need nothing else.
 */
export interface RecordChange {
  table: EditableTable;
  key: IndexableType;
  before: object | undefined;
  after: object | undefined;
}

export type ChangeSet = readonly RecordChange[];

export function invert(changes: ChangeSet): RecordChange[] {
  return [...changes].reverse().map(({ table, key, before, after }) => ({ table, key, before: after, after: before }));
}

/**
 * Folds a later change set into an earlier one (typing in one field becomes one undo step):
 * the earliest "before" and the latest "after" of every record.
 */
export function merge(earlier: ChangeSet, later: ChangeSet): RecordChange[] {
  const merged = earlier.map((change) => ({ ...change }));
  for (const change of later) {
    const existing = merged.find((candidate) => candidate.table === change.table && sameKey(candidate.key, change.key));
    if (existing) existing.after = change.after;
    else merged.push({ ...change });
  }
  return merged;
}

/** A change set that changes nothing a user can see: records equal but for their `updatedAt` stamp. */
export function isNoOp(changes: ChangeSet): boolean {
  return changes.every((change) => JSON.stringify(unstamped(change.before)) === JSON.stringify(unstamped(change.after)));
}

function unstamped(record: object | undefined): object | undefined {
  if (!record || !('updatedAt' in record)) return record;
  const { updatedAt: _updatedAt, ...rest } = record as { updatedAt: unknown };
  return rest;
}

/**
 * `after` applied onto `current`, for undo and redo: a field changes to its value in `after` only where
 * the edit changed it (`before` and `after` differ) and where it is still as the edit left it (`current`
 * equals `before` there). A field someone else changed since (another window, a participant's phone in
 * the room) keeps their value, so an undo never takes back another's edit. A record that is gone comes
 * back as `after`; a record to be removed stays when someone else changed it since.
 */
export function rebase(current: object | undefined, before: object | undefined, after: object | undefined): object | undefined {
  if (current === undefined || before === undefined) return after && structuredClone(after);
  if (after === undefined) return changedSince(current, before) ? current : undefined;
  const result: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  const from = before as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  const now = current as Record<string, unknown>;
  let applied = false;
  for (const field of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (field === 'updatedAt' || same(from[field], to[field]) || !same(now[field], from[field])) continue;
    applied = true;
    if (Object.hasOwn(to, field)) result[field] = structuredClone(to[field]);
    else delete result[field];
  }
  if (applied && Object.hasOwn(to, 'updatedAt')) result['updatedAt'] = to['updatedAt'];
  return result;
}

/** Whether a record differs from what an edit left, in any field but its `updatedAt` stamp. */
function changedSince(current: object, left: object): boolean {
  const now = current as Record<string, unknown>;
  const then = left as Record<string, unknown>;
  for (const field of new Set([...Object.keys(now), ...Object.keys(then)])) {
    if (field !== 'updatedAt' && !same(now[field], then[field])) return true;
  }
  return false;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameKey(a: IndexableType, b: IndexableType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes change sets to the database, each in one transaction, and marks the workshop edited.
 * Every edit of a workshop's content goes through here: the host's edits, their undo and redo, and the
 * phones' edits the room's bridge stores. Each record it stores is checked against the model's schema
 * and each collection it adds to against its limit first; one that fails aborts the whole transaction
 * with an `InvalidRecordError`, so nothing of that write is stored.
 */
export class ChangeWriter {
  constructor(
    private readonly database: ActieplaatDatabase,
    private readonly now: () => string,
  ) {}

  /**
   * Writes a recorded change set again (undo, redo): onto the records as they are now, field by field.
   * Only the fields the change set changes are set; a field another window changed since stays as that
   * window left it, so undoing an edit here never takes back an edit made there.
   */
  async apply(workshopId: string, changes: ChangeSet): Promise<void> {
    const db = this.database;
    await this.perform(workshopId, async () => {
      const rebased: RecordChange[] = [];
      for (const change of changes) {
        const table = db.table(change.table) as Table<object, IndexableType>;
        const current = await table.get(change.key);
        rebased.push({ ...change, before: current, after: rebase(current, change.before, change.after) });
      }
      return rebased;
    });
  }

  /**
   * Works out an edit and writes it in one read-write transaction, so that what the edit read is what
   * it changes, and a click costs one transaction. Writes nothing for an edit that changes nothing.
   * Returns the change set written (empty for none).
   */
  async perform(workshopId: string, produce: () => ChangeSet | Promise<ChangeSet>): Promise<ChangeSet> {
    const db = this.database;
    const checks = loadedRecordChecks() ?? (await loadRecordChecks());
    return db.transaction('rw', [...db.workshopTables(), db.facilitation], async () => {
      const produced = await produce();
      if (produced.length === 0 || isNoOp(produced)) return [];
      // The facilitator's state is read as this version reads it (facilitationFrom); every other record is checked.
      const changes = produced.map((change) =>
        change.table === 'facilitation' && change.after !== undefined
          ? { ...change, after: { ...facilitationFrom(change.after), workshopId } }
          : change,
      );
      for (const change of changes)
        if (change.after !== undefined && change.table !== 'facilitation') checks.record(change.table, change.after);
      const added: Exclude<EditableTable, 'facilitation'>[] = [];
      for (const change of changes) {
        const table = db.table(change.table) as Table<object, IndexableType>;
        if (change.after === undefined) await table.delete(change.key);
        else await table.put(change.after);
        if (change.before === undefined && change.after !== undefined && change.table !== 'facilitation') added.push(change.table);
      }
      await assertWithinLimits(db, workshopId, added);
      await db.workshops.update(workshopId, { updatedAt: this.now() });
      return changes;
    });
  }
}
