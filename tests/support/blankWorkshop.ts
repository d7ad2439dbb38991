/** A workshop as the app creates it (template, tables, nothing else yet), for tests to fill. DOM- and Node-free (shared/ tests use it). */
import type { WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData, type NewWorkshopInput, type RecordFactory } from '../../shared/workshop/newWorkshop';
import { testRecordFactory } from './recordFactory';

/**
 * `createWorkshopData` with defaults for what the test leaves out: "Zorg", Dutch, 22 November 2026, no
 * partner organisations, one table "Tafel 1" (name others with `teamNames`).
 */
export function blankWorkshop(input: Partial<NewWorkshopInput> = {}, factory: RecordFactory = testRecordFactory()): WorkshopData {
  return createWorkshopData({ title: 'Zorg', date: '2026-11-22', language: 'nl', organisations: [], ...input }, 'Tafel 1', factory);
}
