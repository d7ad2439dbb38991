import type { RecordFactory } from '../../shared/workshop/newWorkshop';

/** Ids and timestamps for records made on this machine. */
export const recordFactory: RecordFactory = {
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};
