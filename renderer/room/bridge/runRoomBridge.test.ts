import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { createWorkshopData } from '../../../shared/workshop/newWorkshop';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { PLENARY_DOC } from '../../../shared/room/protocol';
import { ActieplaatDatabase } from '../../data/db';
import { WorkshopRepository } from '../../data/workshopRepository';
import { MemoryRoom } from './memoryRoom';
import { bridgeLockName, runRoomBridge, type RoomBridgeRunState } from './runRoomBridge';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

it('runs a workshop’s bridge until told to stop, then closes its documents', async () => {
  const factory = { newId: () => crypto.randomUUID(), now: () => new Date().toISOString() };
  const db = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  cleanup.push(() => db.delete());
  const data = createWorkshopData({ title: 'Kamer', date: '2026-12-01', language: 'nl', organisations: [] }, 'Tafel 1', factory);
  await new WorkshopRepository(db, factory).write(data);
  const room = new MemoryRoom();
  const source = room.source();
  let destroyed = false;
  const states: RoomBridgeRunState[] = [];
  const controller = new AbortController();
  const done = runRoomBridge({
    db,
    room: { reportRefusal: async () => {} },
    workshopId: data.workshop.id,
    hostUrl: 'ws://127.0.0.1:1',
    hostToken: 'h.x',
    signal: controller.signal,
    onState: (state) => states.push(state),
    docs: () => ({ open: (name) => source.open(name), destroy: () => (destroyed = true) }),
  });
  while (states.at(-1)?.phase !== 'live' || states.at(-1)?.busy) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(readPlenary(room.connect(PLENARY_DOC).doc).workshop?.title).toBe('Kamer');
  controller.abort();
  await done;
  expect(states.at(-1)?.phase).toBe('stopped');
  expect(destroyed).toBe(true);
  expect(source.closed.sort()).toEqual(source.opened.sort());
  expect(bridgeLockName('w1')).toBe('actieplaat-room-bridge-w1');
});
