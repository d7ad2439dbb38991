/** A command manager on a fresh test database, with a writer whose writes can be made to fail: for the manager's tests. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Assessment, Maturity } from '../../shared/model/assessment';
import { ChangeWriter, type ChangeSet } from '../../renderer/data/changes';
import { ActieplaatDatabase, type Stored } from '../../renderer/data/db';
import { WorkshopEdits } from '../../renderer/data/edits';
import { WorkshopRepository } from '../../renderer/data/workshopRepository';
import { CommandManager, type ManagerState } from '../../renderer/commands/commandManager';

export const ELEMENT = 'matching.aanbod';

/** A writer whose writes can be made to fail, as a full disk, a broken transaction or a mistake in an edit would. */
export class FlakyWriter extends ChangeWriter {
  /** What every write throws while it is set. */
  failure: (() => unknown) | undefined;
  attempts: number[] = [];
  override async perform(workshopId: string, produce: () => ChangeSet | Promise<ChangeSet>): Promise<ChangeSet> {
    this.attempts.push(Date.now());
    if (this.failure) throw this.failure();
    return super.perform(workshopId, produce);
  }
}

/** As the browser reports a full disk. */
export const diskFull = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
/** As Dexie reports a transaction the browser aborted: its own AbortError, the browser's error inside. */
export const aborted = () =>
  Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('Internal error.', 'UnknownError') });
/** Not the storage's fault: an edit that cannot be written however often it is tried. */
export const mistake = () => new TypeError("Cannot read properties of undefined (reading 'id')");

/** Waits until `condition` holds (the manager retries on timers of its own). */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Nothing to store, nothing failed, nothing to undo. */
export const idle: ManagerState = { saving: false, failed: false, fault: undefined, unsaved: 0, canUndo: false, canRedo: false };

export function recordStates(subject: CommandManager) {
  const states: ManagerState[] = [];
  subject.subscribe(() => states.push(subject.getState()));
  return states;
}

export interface ManagerHarness {
  database: ActieplaatDatabase;
  writer: FlakyWriter;
  manager: CommandManager;
  workshopId: string;
  teamId: string;
  factory: { newId(): string; now(): string };
  /** The stored assessment of the test's element. */
  stored(): Promise<Stored<Assessment> | undefined>;
  score(maturity: Maturity): Promise<void>;
  updatedAt(): Promise<string>;
}

/**
 * Before each test: a workshop with one team in a fresh database, and a manager over it that retries
 * after 20 and 40 ms. After each: the database is deleted. Read the fields inside a test or hook.
 */
export function setUpManagerHarness(): ManagerHarness {
  let clock = 0;
  const factory = {
    newId: () => crypto.randomUUID(),
    now: () => new Date(Date.UTC(2026, 10, 22, 10, 0, 0, clock++)).toISOString(),
  };
  const harness = {
    factory,
    stored: async () => harness.database.assessments.get([harness.teamId, ELEMENT]),
    score: (maturity: Maturity) =>
      harness.manager.execute('scoreElement', { teamId: harness.teamId, elementId: ELEMENT, patch: { maturity } }),
    updatedAt: async () => (await harness.database.workshops.get(harness.workshopId))!.updatedAt,
  } as Partial<ManagerHarness> as ManagerHarness;

  beforeEach(async () => {
    const database = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
    await database.open();
    const repository = new WorkshopRepository(database, factory);
    const workshop = await repository.create({ title: 'Zorgreserve', date: '2026-12-01', language: 'nl', organisations: [] }, 'Team 1');
    const writer = new FlakyWriter(database, factory.now);
    Object.assign(harness, {
      database,
      writer,
      workshopId: workshop.id,
      teamId: (await database.teams.where('workshopId').equals(workshop.id).first())!.id,
      manager: new CommandManager(new WorkshopEdits(database, factory, workshop.id), writer, { retryDelaysMs: [20, 40] }),
    });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await harness.database.delete();
  });

  return harness;
}
