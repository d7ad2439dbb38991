import type { Table } from 'dexie';
import type { StoredRecordProblem, StoredTable } from '../../shared/model/storedRecords';
import { workshopLimits, type WorkshopCollection } from '../../shared/model/vocabulary';
import type { ActieplaatDatabase } from './db';

/**
 * A write would store a record that breaks the model's rules (a text past its limit, a missing field, a
 * collection past its size). The write's transaction is aborted: nothing of it is stored. It is a fault in
 * what was written, not of the storage: no later attempt can store it (`storageFaultOf` says none).
 */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';

  constructor(readonly problem: StoredRecordProblem) {
    const { table, field, problem: what, limit } = problem;
    super(`Not stored: ${table}${field ? `.${field}` : ''} is ${what}${limit === undefined ? '' : ` (limit ${limit})`}`);
  }
}

/** The model's checks of what a write stores; each throws `InvalidRecordError` for what may not be stored. */
export interface RecordChecks {
  /** One record, as `table` stores it. */
  record(table: StoredTable, record: unknown): void;
  /** A whole workshop, as the database stores it table by table: its collections' sizes and every record. */
  workshop(rows: Readonly<Record<StoredTable, readonly unknown[]>>): void;
}

let loading: Promise<RecordChecks> | undefined;
let loaded: RecordChecks | undefined;

/**
 * The checks when they are loaded already. A write that has them goes straight to its transaction: an
 * `await` before it would let the interface re-render in the click's own task first (bench `commit`).
 */
export function loadedRecordChecks(): RecordChecks | undefined {
  return loaded;
}

/**
 * The checks of stored records (shared/model/storedRecords.ts), loaded the first time a write asks: they
 * bring zod, which the library's start-up does without. Await this before opening the transaction that
 * uses them: a transaction must not wait for anything but the database.
 */
export function loadRecordChecks(): Promise<RecordChecks> {
  loading ??= import('../../shared/model/storedRecords').then(
    ({ storedRecordProblem, storedWorkshopProblem }) => {
      const refuse = (problem: StoredRecordProblem | undefined) => {
        if (problem) throw new InvalidRecordError(problem);
      };
      return (loaded = {
        record: (table, record) => refuse(storedRecordProblem(table, record)),
        workshop: (rows) => refuse(storedWorkshopProblem(rows)),
      });
    },
    (error: unknown) => {
      // A chunk that did not load is asked for again by the next write.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function isCounted(table: string): table is WorkshopCollection {
  return Object.hasOwn(workshopLimits, table);
}

/**
 * Throws `InvalidRecordError` when one of `tables`, to which the write added records, now holds more of
 * the workshop's records than the model allows (`workshopLimits`). Call inside the write's transaction,
 * after its writes, so that the count is what it would commit.
 */
export async function assertWithinLimits(db: ActieplaatDatabase, workshopId: string, tables: Iterable<StoredTable>): Promise<void> {
  for (const table of new Set(tables)) {
    if (!isCounted(table)) continue;
    const limit = workshopLimits[table];
    const count = await (db.table(table) as Table<{ workshopId: string }>).where('workshopId').equals(workshopId).count();
    if (count > limit) throw new InvalidRecordError({ table, problem: 'too-many', limit });
  }
}
