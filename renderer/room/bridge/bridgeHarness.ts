/** The room bridge's test harness: a workshop in a fresh database, a memory room, phones and the host's edits. */
import { createWorkshopData } from '../../../shared/workshop/newWorkshop';
import type { WorkshopData } from '../../../shared/model/workshopData';
import { PLENARY_DOC, tableDocName } from '../../../shared/room/protocol';
import { readRecord } from '../../../shared/room/tableDoc';
import { ChangeWriter, type ChangeSet } from '../../data/changes';
import { ActieplaatDatabase } from '../../data/db';
import { WorkshopEdits } from '../../data/edits';
import { RoomShadowDatabase, RoomShadowStore } from '../../data/roomShadows';
import { WorkshopRepository } from '../../data/workshopRepository';
import { MemoryRoom, type MemoryClient } from './memoryRoom';
import type { FacilitationSnapshot } from './plenary';
import { RoomBridge, type RefusalReport } from './roomBridge';
import type { WorkshopLimits } from './deviceBatch';

export const W = 'w1';
let clock = 0;
export const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 10, minutes)).toISOString();
export const factory = { newId: () => crypto.randomUUID(), now: () => new Date(Date.UTC(2026, 10, 22, 9, 0, 0, clock++)).toISOString() };
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function fixture(): WorkshopData {
  const data = createWorkshopData({ title: 'Zorgreserve', date: '2026-12-01', language: 'nl', organisations: [] }, 'Tafel 10', factory);
  data.workshop.id = W;
  data.teams = [
    { id: 't1', name: 'Tafel 10' },
    { id: 't2', name: 'Tafel 2', colour: '#1E3A8A' },
  ];
  data.participants = [
    { id: 'p1', name: 'Anouk de Vries', organisation: 'UMCG', teamId: 't1' },
    { id: 'p2', name: 'Bram Peeters', teamId: 't2' },
    { id: 'p3', name: 'Chiara Rossi', role: 'Docent' },
  ];
  data.notes = [
    {
      id: 'n1',
      teamId: 't1',
      elementId: 'matching.vraag',
      text: 'Roosters delen',
      colour: 'geel',
      authorId: 'p1',
      createdAt: at(0),
      updatedAt: at(0),
    },
    {
      id: 'n2',
      teamId: 't1',
      elementId: 'matching.aanbod',
      text: 'Reservisten',
      colour: 'blauw',
      createdAt: at(0),
      updatedAt: at(0),
      extra: 'kept',
    },
    { id: 'n3', teamId: 't2', elementId: 'matching.vraag', text: 'Andere tafel', colour: 'roze', createdAt: at(0), updatedAt: at(0) },
  ];
  data.actions = [
    {
      id: 'a1',
      title: 'Pool opzetten',
      teamId: 't1',
      elementIds: ['matching.aanbod'],
      owner: { name: 'Мария' },
      dueDate: null,
      status: 'open',
      createdAt: at(0),
      updatedAt: at(0),
    },
    {
      id: 'a2',
      title: 'Van de hele workshop',
      elementIds: [],
      owner: null,
      dueDate: null,
      status: 'open',
      createdAt: at(0),
      updatedAt: at(0),
    },
  ];
  data.assessments = [
    {
      teamId: 't1',
      elementId: 'matching.vraag',
      maturity: 2,
      importance: 3,
      notApplicable: false,
      agreements: 'Pool van 40',
      updatedAt: at(0),
    },
  ];
  data.votes = [
    { round: 1, elementId: 'matching.vraag', teamId: 't1', dots: 1 },
    { round: 1, elementId: 'matching.aanbod', teamId: 't2', participantId: 'p2', dots: 2 },
  ];
  return data;
}

export interface Harness {
  db: ActieplaatDatabase;
  shadows: RoomShadowStore;
  room: MemoryRoom;
  refusals: RefusalReport[];
  facilitation: FacilitationSnapshot;
  setFacilitation(change: Partial<FacilitationSnapshot>): void;
  /** Database transactions written (by anyone). */
  writes(): number;
  host(produce: (edits: WorkshopEdits) => ChangeSet | Promise<ChangeSet>): Promise<ChangeSet>;
  start(options?: { limits?: Partial<WorkshopLimits>; room?: MemoryRoom; idleFullMs?: number }): Promise<Running>;
  phone(teamId: string, room?: MemoryRoom): MemoryClient;
}

export interface Running {
  bridge: RoomBridge;
  source: ReturnType<MemoryRoom['source']>;
}

/** The bridges the tests started: stopped after each (`stopAll`). */
export const running: RoomBridge[] = [];

export async function makeHarness(): Promise<Harness> {
  const db = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  await new WorkshopRepository(db, factory).write(fixture());
  const shadows = new RoomShadowStore(new RoomShadowDatabase(`room-${crypto.randomUUID()}`));
  const room = new MemoryRoom();
  const refusals: RefusalReport[] = [];
  const listeners = new Set<() => void>();
  let writes = 0;
  db.workshops.hook('updating', () => {
    writes += 1;
  });
  const writer = new ChangeWriter(db, factory.now);
  const edits = new WorkshopEdits(db, factory, W);
  const harness: Harness = {
    db,
    shadows,
    room,
    refusals,
    facilitation: { focus: 'all', timer: { durationMs: 600_000, startedAt: null, elapsedMs: 0 }, voting: null },
    setFacilitation(change) {
      harness.facilitation = { ...harness.facilitation, ...change };
      for (const listener of listeners) listener();
    },
    writes: () => writes,
    host: (produce) => writer.perform(W, () => produce(edits)),
    async start(options = {}) {
      const source = (options.room ?? room).source();
      const bridge = new RoomBridge({
        db,
        workshopId: W,
        docs: source,
        reportRefusal: (report) => refusals.push(report),
        facilitation: {
          get: () => harness.facilitation,
          subscribe: (listener) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        },
        shadows,
        limits: options.limits,
        idleFullMs: options.idleFullMs,
        batchDelayMs: 5,
        clockStampMs: 50,
      });
      running.push(bridge);
      await bridge.start();
      await settle(bridge, harness);
      return { bridge, source };
    },
    phone: (teamId, other) => (other ?? room).connect(tableDocName(teamId)),
  };
  return harness;
}

/** Waits until the bridge has nothing left to do and stays so (database triggers come a little later). */
export async function settle(bridge: RoomBridge, h: Harness): Promise<void> {
  const { stats } = bridge;
  const signature = () =>
    JSON.stringify([stats.fullReconciles, stats.hostReconciles, stats.keyReconciles, stats.dexieWrites, stats.docWrites, h.writes()]);
  for (let i = 0; i < 100; i += 1) {
    const before = signature();
    await bridge.whenIdle();
    await sleep(20);
    await bridge.whenIdle();
    if (signature() === before) return;
  }
  throw new Error('the bridge does not settle');
}

/** Stops the bridges the test started and closes its databases. */
export async function stopAll(h: Harness): Promise<void> {
  for (const bridge of running.splice(0)) await bridge.stop();
  h.db.close();
  h.shadows.close();
}

export const note = (phone: MemoryClient, id: string) => readRecord(phone.doc, 'notes', id);
export const plenaryOf = (room: MemoryRoom) => room.connect(PLENARY_DOC);
export const record = (fields: { id: string } & Record<string, unknown>) => fields;
export const phoneNote = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  elementId: 'matching.vraag',
  text: 'Vanaf de telefoon',
  colour: 'groen',
  authorId: 'p1',
  createdAt: at(5),
  updatedAt: at(5),
  ...fields,
});
export const sortedNotes = async (h: Harness) => (await h.db.notes.where('workshopId').equals(W).toArray()).map((row) => row.id).sort();
