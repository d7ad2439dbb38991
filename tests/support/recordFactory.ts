/** Ids and clocks for records made in tests: a RecordFactory that gives the same records on every run. DOM- and Node-free (shared/ tests use it). */
import type { RecordFactory } from '../../shared/workshop/newWorkshop';

/** The moment test records are made at unless a test says otherwise: the workshop day the fixtures share. */
export const TEST_TIME = '2026-11-22T10:00:00.000Z';

/** `prefix-1`, `prefix-2`, …: ids that tell the order they were made in. */
export function sequentialIds(prefix = 'id'): () => string {
  let count = 0;
  return () => `${prefix}-${(count += 1)}`;
}

/** `00000000-0000-4000-8000-000000000001`, …: ids in the shape of the UUIDs the app makes. */
export function sequentialUuids(): () => string {
  let count = 0;
  return () => `00000000-0000-4000-8000-${String((count += 1)).padStart(12, '0')}`;
}

/** The same moment at every call. */
export function fixedClock(at = TEST_TIME): () => string {
  return () => at;
}

/** One second later at every call, from `start`: what is made later is later, and no two records share a time. */
export function steppingClock(start = TEST_TIME): () => string {
  const startMs = Date.parse(start);
  let seconds = 0;
  return () => new Date(startMs + 1000 * seconds++).toISOString();
}

/** A RecordFactory for tests: by default ids `id-1`, `id-2`, … all made at TEST_TIME. */
export function testRecordFactory({ newId = sequentialIds(), now = fixedClock() }: Partial<RecordFactory> = {}): RecordFactory {
  return { newId, now };
}
