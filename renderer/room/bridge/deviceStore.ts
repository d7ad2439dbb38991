// Storing devices' changes of several tables in one database transaction, and the stamp the bridge's writes carry.
import type { VotingRound } from '../../../shared/facilitation/voting';
import type { ChangeSet, ChangeWriter, RecordChange } from '../../data/changes';
import type { HostChanges } from '../../data/hostChanges';
import { InvalidRecordError } from '../../data/recordChecks';
import type { RoomRecords } from '../../data/roomRecords';
import { DeviceBatch, type WorkshopLimits } from './deviceBatch';
import { loadEntries, type Entry } from './recordIndex';
import { canonical, keyOrder, type RoomKey } from './roomForms';
import type { DeviceChange, DeviceResult, TablePlan } from './tablePlan';

export interface DeviceStoreContext {
  writer: ChangeWriter;
  records: RoomRecords;
  limits: WorkshopLimits;
  /** The voting round under way (the dots' budget), read as the transaction runs. */
  voting(): VotingRound | null;
  /** Told which records the bridge's write changes, so that its event is not taken for the host's. */
  hostChanges(): HostChanges | undefined;
}

export interface StoredChanges {
  /** Per table one result per change, in order. */
  results: DeviceResult[][];
  /** The database was written (one transaction). */
  written: boolean;
  /** A participant's record changed (the plenary document's list follows). */
  people: boolean;
  /** A participant moved from one table to another (their dots may follow them). */
  moved: boolean;
}

/**
 * Checks and stores devices' changes of these tables in one transaction (a phone's edit costs the
 * host's database one write however many tables sent one at once).
 */
export async function storeDeviceChanges(context: DeviceStoreContext, plans: TablePlan[]): Promise<StoredChanges> {
  const { records } = context;
  const workshopId = records.workshopId;
  const results = plans.map(() => [] as DeviceResult[]);
  let currentEntries = plans.map(() => new Map<RoomKey, Entry>());
  let people = false;
  let moved = false;
  const orders = plans.map((plan) =>
    plan.toDexie
      .map((change, index) => ({ change, index }))
      .sort((a, b) => keyOrder(a.change.key, b.change.key) || dotsDelta(a.change) - dotsDelta(b.change)),
  );
  let written: ChangeSet;
  try {
    written = await context.writer.perform(workshopId, async () => {
      for (const list of results) list.length = 0;
      people = false;
      moved = false;
      currentEntries = await Promise.all(
        plans.map((plan) =>
          loadEntries(
            records,
            plan.table.teamId,
            plan.toDexie.map((change) => change.key),
          ),
        ),
      );
      const batch = new DeviceBatch(records, context.limits, context.voting());
      const recordChanges: RecordChange[] = [];
      for (const [p, plan] of plans.entries()) {
        const builder = batch.table(plan.table.teamId);
        for (const { change, index } of orders[p]!) {
          const entry = currentEntries[p]!.get(change.key);
          if ((entry && canonical(entry.fields)) !== change.current) {
            // The host changed it since it was read: decided again with what it has now.
            results[p]![index] = { kind: 'skipped' };
            plan.table.pending.add(change.key);
            continue;
          }
          const outcome = await builder.build(change.key, change.value, entry);
          if (outcome.kind === 'refused') {
            results[p]![index] = { ...outcome, current: entry?.fields };
            continue;
          }
          recordChanges.push(...outcome.changes);
          if (change.key.startsWith('p:') && outcome.changes.length > 0) {
            people = true;
            // A participant who was at another table leaves its document (and their dots may follow them).
            if (outcome.changes.some((record) => record.before && (record.before as { teamId?: string }).teamId !== undefined))
              moved = true;
          }
          results[p]![index] = { kind: 'stored', stored: outcome.stored };
        }
      }
      // The write's own event names nothing the host changed (hostChanges.ts).
      context
        .hostChanges()
        ?.expectOwn(
          recordChanges.length > 0
            ? [...recordChanges.map((change) => [change.table, change.key] as const), ['workshops', workshopId]]
            : undefined,
        );
      return recordChanges;
    });
  } catch (error) {
    // The change writer's own checks refused the batch (the bridge's checks should have caught it first):
    // nothing was written, and every change of it goes back to its phone as refused, never retried.
    if (!(error instanceof InvalidRecordError)) throw error;
    plans.forEach((plan, p) =>
      plan.toDexie.forEach(({ key }, i) => {
        const result = results[p]![i];
        if (result && result.kind !== 'stored') return;
        const { table, problem } = error.problem;
        results[p]![i] = { kind: 'refused', problem, collection: table, id: key, current: currentEntries[p]!.get(key)?.fields };
      }),
    );
    return { results, written: false, people: false, moved: false };
  } finally {
    context.hostChanges()?.expectOwn(undefined);
  }
  if (written.length === 0) {
    // Nothing written (nothing but stamps would have changed): the database keeps what it has.
    plans.forEach((plan, p) =>
      plan.toDexie.forEach(({ key }, i) => {
        if (results[p]![i]?.kind === 'stored') results[p]![i] = { kind: 'stored', stored: currentEntries[p]!.get(key)?.fields };
      }),
    );
  }
  return { results, written: written.length > 0, people, moved };
}

/**
 * The workshop's "last edited" stamps of the bridge's own writes, from `now` (the system clock without
 * it): each later than the last, and never one another writer makes.
 */
export function bridgeStamps(now: (() => string) | undefined): () => string {
  let lastStampMs = 0;
  return () => {
    const base = Date.parse(now?.() ?? new Date().toISOString());
    const ms = Math.max(Number.isFinite(base) ? base : Date.now(), lastStampMs + 1);
    lastStampMs = ms;
    // Every other writer stamps in UTC with `Z`; the same moment written `+00:00` is still a valid,
    // sortable ISO 8601 stamp that can never equal theirs: a stamp the room wrote stays recognisable.
    // (The bridge no longer tells its own writes by the stamp: `HostChanges.expectOwn` does.)
    return new Date(ms).toISOString().replace(/Z$/, '+00:00');
  };
}

/** How many dots a change adds (votes that take dots away are stored first, so moving a dot fits the budget). */
function dotsDelta(change: DeviceChange): number {
  if (!change.key.startsWith('v:')) return 0;
  const after = change.value?.['dots'];
  const before = change.current === undefined ? 0 : (JSON.parse(change.current) as { dots?: unknown }).dots;
  return (typeof after === 'number' ? after : 0) - (typeof before === 'number' ? before : 0);
}
