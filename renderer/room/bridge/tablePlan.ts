// One table's reconcile, decided record by record: agreed, written to its document, or a device's change to store.
import type { StoredVote } from '../../data/db';
import { decide } from './decide';
import { collectionNames } from './deviceChanges';
import type { Entry } from './recordIndex';
import type { RefusalReports } from './refusalReports';
import {
  canonical,
  keyOrder,
  parseRoomKey,
  readDoc,
  readDocValue,
  sameFields,
  writersOf,
  type DocValue,
  type Fields,
  type JunkKey,
  type RoomKey,
} from './roomForms';
import type { ShadowBook } from './shadowBook';
import type { TableState } from './tableDocs';

/** A device's change of one record, and the database's record (canonical) it was decided against. */
export type DeviceChange = { key: RoomKey; value: Fields | undefined; current: string | undefined };

/** One table's reconcile, decided: what goes to its document, and the devices' changes to store. */
export interface TablePlan {
  table: TableState;
  values: Map<RoomKey, DocValue>;
  toDoc: Map<RoomKey, Fields | undefined>;
  toDexie: DeviceChange[];
  junk: JunkKey[];
}

/** What became of one device change the plan sent to the database. */
export type DeviceResult =
  | { kind: 'skipped' }
  | { kind: 'refused'; problem: string; collection: string; id: string; current: Fields | undefined }
  | { kind: 'stored'; stored: Fields | undefined };

/** Where a vote the bridge has read belongs: its table and key. */
export interface VoteSeat {
  teamId: string;
  key: RoomKey;
}

export interface PlanContext {
  shadows: ShadowBook;
  reports: RefusalReports;
  /** Where each vote read belongs, by its number: for a vote deleted since. */
  voteSeats: Map<number, VoteSeat>;
}

/**
 * Decides each record of one table: every record (`keys` undefined: what the database, the document and
 * the shadows hold) or just `keys`, against the database's `entries` for them.
 */
export function planTable(
  context: PlanContext,
  table: TableState,
  entries: Map<RoomKey, Entry>,
  keys: Set<RoomKey> | undefined,
  junk: JunkKey[],
): TablePlan {
  const { shadows: book, reports, voteSeats } = context;
  const doc = table.opened.doc;
  for (const [key, entry] of entries) {
    if (!key.startsWith('v:')) continue;
    for (const vote of entry.records as StoredVote[]) if (vote.seq !== undefined) voteSeats.set(vote.seq, { teamId: table.teamId, key });
  }
  let values: Map<RoomKey, DocValue>;
  if (keys) {
    values = new Map();
    for (const key of keys) {
      const { collection, id } = parseRoomKey(key);
      const value = readDocValue(doc, collection, id);
      if (value) values.set(key, value);
    }
  } else {
    const read = readDoc(doc);
    values = read.values;
    junk = read.junk;
  }
  const shadows = book.table(table.teamId);
  const all = keys ? [...keys] : [...new Set([...entries.keys(), ...values.keys(), ...shadows.keys()])];
  all.sort(keyOrder);

  const toDoc = new Map<RoomKey, Fields | undefined>();
  const toDexie: DeviceChange[] = [];
  for (const key of all) {
    const d = entries.get(key)?.fields;
    const y = values.get(key);
    if (y && !y.extra && !y.problem && d && sameFields(d, y.fields)) {
      book.agree(table.teamId, key, d);
      continue;
    }
    if (!y && !d) {
      book.set(table.teamId, key, undefined, 0);
      continue;
    }
    const dText = d && canonical(d);
    const yText = y && canonical(y.fields);
    const decision = decide(d, y, shadows.get(key), dText, yText);
    switch (decision.kind) {
      case 'agree':
        if (d) book.agree(table.teamId, key, d, dText);
        else book.set(table.teamId, key, undefined, 0);
        break;
      case 'clean':
      case 'toDoc':
        toDoc.set(key, d);
        break;
      case 'refuse': {
        const { collection, id } = parseRoomKey(key);
        reports.report(collectionNames[collection], id, decision.problem, writersOf(doc, key, d));
        toDoc.set(key, d);
        break;
      }
      case 'toDexie':
        toDexie.push({ key, value: decision.value, current: dText });
        break;
    }
  }
  return { table, values, toDoc, toDexie, junk };
}

/** What became of a table's stored changes: agreed with the document, or written back to it. */
export function takeResults(context: PlanContext, plan: TablePlan, results: DeviceResult[]): void {
  const { table, values, toDoc } = plan;
  const doc = table.opened.doc;
  plan.toDexie.forEach(({ key }, i) => {
    const result = results[i]!;
    if (result.kind === 'skipped') return;
    if (result.kind === 'refused') {
      context.reports.report(result.collection, result.id, result.problem, writersOf(doc, key, result.current));
      toDoc.set(key, result.current);
      return;
    }
    const y = values.get(key);
    const agreed = result.stored;
    const docHasIt = agreed === undefined ? y === undefined : y !== undefined && !y.extra && canonical(y.fields) === canonical(agreed);
    if (docHasIt) context.shadows.set(table.teamId, key, agreed, 0);
    else toDoc.set(key, agreed);
  });
}
