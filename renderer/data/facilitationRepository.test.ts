import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { initialFacilitation } from '../../shared/facilitation/facilitationState';
import { addMinute, start } from '../../shared/facilitation/timer';
import { sequentialIds, testRecordFactory } from '../../tests/support/recordFactory';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { createWorkshopIn, type WorkshopInDatabase } from '../../tests/support/workshopInDatabase';
import { ActieplaatDatabase } from './db';
import { FacilitationRepository } from './facilitationRepository';

let database: ActieplaatDatabase;
let facilitation: FacilitationRepository;
let workshop: WorkshopInDatabase;

beforeEach(async () => {
  database = await openTestDatabase('facilitation');
  facilitation = new FacilitationRepository(database);
  workshop = await createWorkshopIn(database);
});

/** The same database as another window of the app opens it: a connection of its own. */
async function otherWindow(): Promise<FacilitationRepository> {
  const other = new ActieplaatDatabase(database.name);
  await other.open();
  onTestFinished(() => other.close());
  return new FacilitationRepository(other);
}

describe('FacilitationRepository', () => {
  it('gives the initial state for a workshop the facilitator has not steered, and stores nothing for it', async () => {
    expect(await facilitation.read(workshop.workshopId)).toEqual(initialFacilitation);
    expect(await database.facilitation.count()).toBe(0);
  });

  it('merges a change into the stored state, the change reading what is stored', async () => {
    await facilitation.update(workshop.workshopId, () => ({ focus: 2, blank: true }));
    const change = vi.fn((state: typeof initialFacilitation) => ({ timer: addMinute(state.timer), blank: false }));
    const stored = await facilitation.update(workshop.workshopId, change);

    expect(change).toHaveBeenCalledWith(expect.objectContaining({ focus: 2, blank: true }));
    expect(stored).toEqual({ ...initialFacilitation, focus: 2, timer: { ...initialFacilitation.timer, durationMs: 660_000 } });
    expect(await facilitation.read(workshop.workshopId)).toEqual(stored);
    expect(await database.facilitation.get(workshop.workshopId)).toEqual({ ...stored, workshopId: workshop.workshopId });
  });

  it('keeps each workshop’s state apart', async () => {
    const other = await createWorkshopIn(database, { factory: testRecordFactory({ newId: sequentialIds('tweede') }) });
    await facilitation.update(workshop.workshopId, () => ({ scoresShown: true }));
    expect(await facilitation.read(other.workshopId)).toEqual(initialFacilitation);
  });

  it('lands both of two changes made at once in two windows: neither overwrites the other', async () => {
    const other = await otherWindow();
    await Promise.all([
      facilitation.update(workshop.workshopId, () => ({ scoresShown: true })),
      other.update(workshop.workshopId, () => ({ blank: true })),
      facilitation.update(workshop.workshopId, (state) => ({ timer: addMinute(state.timer) })),
      other.update(workshop.workshopId, (state) => ({ timer: addMinute(state.timer) })),
    ]);
    expect(await facilitation.read(workshop.workshopId)).toMatchObject({
      scoresShown: true,
      blank: true,
      timer: { durationMs: 720_000 },
    });
  });

  it('reads a malformed row field by field, each bad field as initially', async () => {
    await database.facilitation.put({
      ...initialFacilitation,
      workshopId: workshop.workshopId,
      focus: -1 as number,
      scoresShown: true,
      timer: { durationMs: 'long' } as never,
      voting: { round: 2, voters: 'participant', dotsPerVoter: 3, revealed: true },
    });
    expect(await facilitation.read(workshop.workshopId)).toEqual({
      ...initialFacilitation,
      scoresShown: true,
      voting: { round: 2, voters: 'participant', dotsPerVoter: 3, revealed: true },
    });
  });

  it('tells a watcher the state once read, then every change, another window’s too, until it stops', async () => {
    const seen: unknown[] = [];
    const stop = facilitation.watch(workshop.workshopId, (state) => seen.push(state.focus), console.error);
    await vi.waitFor(() => expect(seen).toEqual(['all']));

    await facilitation.update(workshop.workshopId, () => ({ focus: 1 }));
    await vi.waitFor(() => expect(seen).toEqual(['all', 1]));
    await (await otherWindow()).update(workshop.workshopId, () => ({ focus: 3 }));
    await vi.waitFor(() => expect(seen).toEqual(['all', 1, 3]));

    stop();
    await facilitation.update(workshop.workshopId, () => ({ focus: 'all' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['all', 1, 3]);
  });
});

describe('a workshop’s facilitation state and the library', () => {
  const running = { focus: 3, joinSlide: true, timer: start(initialFacilitation.timer, 1_000) };

  it('goes when the workshop is deleted, and comes back when the deletion is undone', async () => {
    await facilitation.update(workshop.workshopId, () => running);
    const snapshot = await workshop.repository.delete(workshop.workshopId);
    expect(await database.facilitation.count()).toBe(0);
    expect(snapshot?.facilitation).toEqual({ ...initialFacilitation, ...running });

    await workshop.repository.restore(snapshot!);
    expect(await facilitation.read(workshop.workshopId)).toEqual({ ...initialFacilitation, ...running });
  });

  it('is no part of the workshop as loaded for its file', async () => {
    await facilitation.update(workshop.workshopId, () => running);
    const loaded = await workshop.repository.load(workshop.workshopId);
    expect(loaded).toEqual(workshop.data);
    expect(loaded).not.toHaveProperty('facilitation');
  });

  it('goes when an import replaces the workshop, and comes back when the import is undone', async () => {
    await facilitation.update(workshop.workshopId, () => running);
    const outcome = await workshop.repository.import(
      { ...workshop.data, workshop: { ...workshop.data.workshop, title: 'Uit een bestand' } },
      {
        kind: 'replace',
      },
    );
    expect(await facilitation.read(workshop.workshopId)).toEqual(initialFacilitation);

    await workshop.repository.undoReplace(outcome.status === 'imported' ? outcome.replaced! : workshop.data);
    expect(await facilitation.read(workshop.workshopId)).toEqual({ ...initialFacilitation, ...running });
    expect((await workshop.repository.get(workshop.workshopId))?.title).toBe(workshop.data.workshop.title);
  });
});
