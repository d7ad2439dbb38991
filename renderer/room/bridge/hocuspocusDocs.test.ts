import 'fake-indexeddb/auto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Hocuspocus } from '@hocuspocus/server';
import { createServer, type Server } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { createWorkshopData } from '../../../shared/workshop/newWorkshop';
import { tableDocName } from '../../../shared/room/protocol';
import { readRecord, writeRecord } from '../../../shared/room/tableDoc';
import { ChangeWriter } from '../../data/changes';
import { ActieplaatDatabase } from '../../data/db';
import { WorkshopEdits } from '../../data/edits';
import { RoomShadowDatabase, RoomShadowStore } from '../../data/roomShadows';
import { WorkshopRepository } from '../../data/workshopRepository';
import { HocuspocusDocs } from './hocuspocusDocs';
import { RoomBridge } from './roomBridge';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 5000) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A Hocuspocus server on a free loopback port that takes the host's token and a phone's. */
async function startServer(): Promise<{ url: string }> {
  const hocuspocus = new Hocuspocus({
    quiet: true,
    async onAuthenticate({ token }) {
      if (token !== 'h.host-secret' && token !== 'd.phone.secret') throw new Error('unknown');
    },
  });
  const sockets = new WebSocketServer({ noServer: true });
  const server: Server = createServer();
  server.on('upgrade', (request, socket, head) =>
    sockets.handleUpgrade(request, socket, head, (ws) => hocuspocus.handleConnection(ws, request)),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets.clients) ws.terminate();
        server.close(() => resolve());
      }),
  );
  return { url: `ws://127.0.0.1:${(server.address() as { port: number }).port}` };
}

it('runs the bridge over Hocuspocus: both directions, and shadows kept once the server has the writes', async () => {
  const { url } = await startServer();
  let clock = 0;
  const factory = { newId: () => crypto.randomUUID(), now: () => new Date(Date.UTC(2026, 10, 22, 9, 0, clock++)).toISOString() };
  const db = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  cleanup.push(() => db.delete());
  const data = createWorkshopData({ title: 'Kamer', date: '2026-12-01', language: 'nl', organisations: [] }, 'Tafel 1', factory);
  const teamId = data.teams[0]!.id;
  data.notes.push({
    id: 'n1',
    teamId,
    elementId: 'matching.vraag',
    text: 'Eerste',
    colour: 'geel',
    createdAt: factory.now(),
    updatedAt: factory.now(),
  });
  await new WorkshopRepository(db, factory).write(data);
  const shadowDb = new RoomShadowDatabase(`room-${crypto.randomUUID()}`);
  cleanup.push(() => shadowDb.delete());
  const shadows = new RoomShadowStore(shadowDb);

  const docs = new HocuspocusDocs({ url, token: 'h.host-secret', WebSocketPolyfill: WebSocket });
  cleanup.push(() => docs.destroy());
  const bridge = new RoomBridge({ db, workshopId: data.workshop.id, docs, reportRefusal: () => {}, shadows, batchDelayMs: 5 });
  cleanup.push(() => bridge.stop());
  await bridge.start();

  const phoneDoc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const phone = new HocuspocusProvider({
    websocketProvider: socket,
    name: tableDocName(teamId),
    document: phoneDoc,
    token: 'd.phone.secret',
  });
  phone.attach();
  cleanup.push(() => {
    phone.destroy();
    socket.destroy();
  });

  await until(() => readRecord(phoneDoc, 'notes', 'n1') !== undefined, 'the seeded note on the phone');
  await until(async () => (await shadows.load(data.workshop.id)).size > 0, 'the shadows, once the server confirmed');

  writeRecord(phoneDoc, 'notes', {
    id: 'n2',
    elementId: 'matching.aanbod',
    text: 'Vanaf de telefoon',
    colour: 'groen',
    createdAt: factory.now(),
    updatedAt: factory.now(),
  } as { id: string });
  await until(async () => (await db.notes.get('n2'))?.text === 'Vanaf de telefoon', 'the phone’s note in the database');

  await new ChangeWriter(db, factory.now).perform(data.workshop.id, () =>
    new WorkshopEdits(db, factory, data.workshop.id).updateNote('n1', { text: 'Bijgewerkt' }),
  );
  await until(() => readRecord(phoneDoc, 'notes', 'n1')?.['text'] === 'Bijgewerkt', 'the host’s edit on the phone');
  expect(bridge.state.phase).toBe('live');
}, 20_000);
