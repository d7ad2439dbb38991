import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { tableDocName } from '../../../shared/room/protocol';
import { patchRecord, tableMaps } from '../../../shared/room/tableDoc';
import { benchmarkCounts, benchmarkWorkshop } from '../../../tests/fixtures/benchmarkWorkshop';
import { ChangeWriter } from '../../data/changes';
import { ActieplaatDatabase } from '../../data/db';
import { WorkshopEdits } from '../../data/edits';
import { RoomShadowDatabase, RoomShadowStore } from '../../data/roomShadows';
import { WorkshopRepository } from '../../data/workshopRepository';
import { MemoryRoom } from './memoryRoom';
import { RoomBridge } from './roomBridge';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanup: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function settle(bridge: RoomBridge): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { stats } = bridge;
    const signature = () =>
      JSON.stringify([stats.fullReconciles, stats.hostReconciles, stats.keyReconciles, stats.dexieWrites, stats.docWrites]);
    const before = signature();
    await bridge.whenIdle();
    await sleep(30);
    await bridge.whenIdle();
    if (signature() === before) return;
  }
}

it('reconciles the 8-table benchmark workshop (2,000 notes, 200 actions) in a few tens of milliseconds of script', async () => {
  const data = benchmarkWorkshop();
  const db = new ActieplaatDatabase(`bench-${crypto.randomUUID()}`);
  await db.open();
  cleanup.push(() => db.delete());
  let clock = Date.UTC(2026, 10, 22, 17, 0, 0);
  const factory = { newId: () => crypto.randomUUID(), now: () => new Date((clock += 1000)).toISOString() };
  await new WorkshopRepository(db, factory).write(data);
  const shadowDb = new RoomShadowDatabase(`bench-room-${crypto.randomUUID()}`);
  const shadows = new RoomShadowStore(shadowDb);
  cleanup.push(() => shadowDb.delete());
  const room = new MemoryRoom();
  const workshopId = data.workshop.id;

  const bridge = new RoomBridge({ db, workshopId, docs: room.source(), reportRefusal: () => {}, shadows, batchDelayMs: 5 });
  cleanup.push(() => bridge.stop());
  let started = performance.now();
  await bridge.start();
  await settle(bridge);
  const seeded = { all: performance.now() - started, ...bridge.stats };
  const inRoom = data.notes.length;
  expect([...room.docs.keys()].filter((name) => name.startsWith('table.'))).toHaveLength(benchmarkCounts.teams);
  expect([...data.teams].reduce((sum, team) => sum + tableMaps(room.server(tableDocName(team.id))).notes.size, 0)).toBe(inRoom);

  // A host edit: just the note it changed is reconciled, not the 2,000 of the workshop, and it goes into its document.
  const writer = new ChangeWriter(db, factory.now);
  const edits = new WorkshopEdits(db, factory, workshopId);
  const samples: number[] = [];
  const fullBefore = bridge.stats.fullReconciles;
  const hostBefore = bridge.stats.hostReconciles;
  for (let i = 0; i < 10; i += 1) {
    const target = data.notes[i * 100]!;
    const inDoc = () =>
      tableMaps(room.server(tableDocName(target.teamId)))
        .notes.get(target.id)
        ?.get('text');
    const editStarted = performance.now();
    await writer.perform(workshopId, () => edits.updateNote(target.id, { text: `Bewerkt ${i}` }));
    while (inDoc() !== `Bewerkt ${i}` && performance.now() - editStarted < 10_000) await sleep(1);
    samples.push(performance.now() - editStarted);
    expect(inDoc()).toBe(`Bewerkt ${i}`);
    await settle(bridge);
  }
  expect(bridge.stats.fullReconciles).toBe(fullBefore);
  expect(bridge.stats.hostReconciles - hostBefore).toBeGreaterThanOrEqual(10);

  // A phone's edit: only that note is reconciled.
  const phone = room.connect(tableDocName(data.notes[0]!.teamId));
  const keyReconciles = bridge.stats.keyReconciles;
  const full = bridge.stats.fullReconciles;
  started = performance.now();
  patchRecord(phone.doc, 'notes', data.notes[0]!.id, { text: 'Vanaf de telefoon', updatedAt: new Date(clock + 60_000).toISOString() });
  while ((await db.notes.get(data.notes[0]!.id))?.text !== 'Vanaf de telefoon') await sleep(1);
  const phoneEdit = performance.now() - started;
  await settle(bridge);
  expect(bridge.stats.fullReconciles).toBe(full);
  expect(bridge.stats.keyReconciles - keyReconciles).toBe(1);

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    [
      `room bridge, benchmark workshop (${benchmarkCounts.teams} tables, ${data.notes.length} notes, ${data.actions.length} actions):`,
      `  first start (seeding ${inRoom} notes into empty documents): ${seeded.all.toFixed(0)} ms in all, last full reconcile ${seeded.lastFullMs.toFixed(0)} ms (script ${seeded.lastFullScriptMs.toFixed(1)} ms)`,
      `  a host's note edit into its document (just that note reconciled), median of ${samples.length}: ${median(samples).toFixed(1)} ms (fake-indexeddb)`,
      `  a phone's note edit into the database: ${phoneEdit.toFixed(1)} ms (batch delay 5 ms)`,
    ].join('\n'),
  );
}, 120_000);

it('stores a phone’s edit and the facilitator’s save made at the same time, reading no more than they changed', async () => {
  const data = benchmarkWorkshop();
  const db = new ActieplaatDatabase(`busy-${crypto.randomUUID()}`);
  await db.open();
  cleanup.push(() => db.delete());
  let clock = Date.UTC(2026, 10, 22, 17, 0, 0);
  const factory = { newId: () => crypto.randomUUID(), now: () => new Date((clock += 1000)).toISOString() };
  await new WorkshopRepository(db, factory).write(data);
  const shadowDb = new RoomShadowDatabase(`busy-room-${crypto.randomUUID()}`);
  cleanup.push(() => shadowDb.delete());
  const room = new MemoryRoom();
  const workshopId = data.workshop.id;
  const bridge = new RoomBridge({
    db,
    workshopId,
    docs: room.source(),
    reportRefusal: () => {},
    shadows: new RoomShadowStore(shadowDb),
    batchDelayMs: 40,
  });
  cleanup.push(() => bridge.stop());
  await bridge.start();
  await settle(bridge);
  const writer = new ChangeWriter(db, factory.now);
  const edits = new WorkshopEdits(db, factory, workshopId);
  const hostNote = data.notes[100]!;
  const target = data.notes.find((note) => note.teamId !== hostNote.teamId)!;
  const phone = room.connect(tableDocName(target.teamId));

  const fullBefore = bridge.stats.fullReconciles;
  const hostBefore = bridge.stats.hostReconciles;
  patchRecord(phone.doc, 'notes', target.id, { text: 'Vanaf de telefoon', updatedAt: new Date(clock + 60_000).toISOString() });
  await writer.perform(workshopId, () => edits.updateNote(hostNote.id, { text: 'Getypt op de laptop' }));
  const deadline = Date.now() + 30_000;
  while ((await db.notes.get(target.id))?.text !== 'Vanaf de telefoon' && Date.now() < deadline) await sleep(1);
  expect((await db.notes.get(target.id))?.text).toBe('Vanaf de telefoon');
  await settle(bridge);
  // The host's save, and the bridge's own write, are reconciled by what they changed: the 2,000 notes
  // of the workshop are not read again, and reconciling its own write does not start another.
  expect(bridge.stats.fullReconciles - fullBefore).toBe(0);
  expect(bridge.stats.hostReconciles - hostBefore).toBeGreaterThanOrEqual(1);
  expect(bridge.stats.hostReconciles - hostBefore).toBeLessThanOrEqual(2);
  expect(bridge.stats.keyReconciles).toBeGreaterThanOrEqual(1);
  expect(
    tableMaps(room.server(tableDocName(hostNote.teamId)))
      .notes.get(hostNote.id)
      ?.get('text'),
  ).toBe('Getypt op de laptop');
}, 120_000);
