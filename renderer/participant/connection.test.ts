import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeRoomEnvironment } from '../../tests/support/nodeRoomClient';
import type * as Y from 'yjs';
import { startFakeRoom, type FakeRoom } from '../../tests/support/fakeRoom';
import { PLENARY_DOC, tableDocName } from '../../shared/room/protocol';
import { plenaryMap, writePlenary } from '../../shared/room/plenaryDoc';
import { readRecord, writeRecord, type RoomNote, type RoomPerson } from '../../shared/room/tableDoc';
import {
  RoomClient,
  deviceOutcome,
  joinOutcome,
  registerDevice,
  requestJoin,
  type RoomClientState,
  type RoomEnvironment,
} from './connection';

describe('the join and device answers', () => {
  it('accepts a credential and refuses what does not look like one', () => {
    expect(joinOutcome(200, { roomId: 'r', deviceId: 'd', credential: 'c' })).toEqual({
      ok: true,
      joined: { roomId: 'r', deviceId: 'd', credential: 'c' },
    });
    expect(joinOutcome(200, { roomId: 'r', deviceId: 'd.x', credential: 'c' })).toEqual({ ok: false, refused: 'unexpected' });
    expect(joinOutcome(200, { roomId: 'r', deviceId: 'd' })).toEqual({ ok: false, refused: 'unexpected' });
    expect(joinOutcome(200, null)).toEqual({ ok: false, refused: 'unexpected' });
  });
  it('names the refusal the room gives, or guesses from the status', () => {
    expect(joinOutcome(403, { refused: 'wrong-code' })).toEqual({ ok: false, refused: 'wrong-code' });
    expect(joinOutcome(503, { refused: 'room-full' })).toEqual({ ok: false, refused: 'room-full' });
    expect(joinOutcome(503, { refused: 'closed' })).toEqual({ ok: false, refused: 'closed' });
    expect(joinOutcome(429, null)).toEqual({ ok: false, refused: 'throttled' });
    expect(joinOutcome(503, null)).toEqual({ ok: false, refused: 'closed' });
    expect(joinOutcome(403, null)).toEqual({ ok: false, refused: 'unexpected' });
    expect(joinOutcome(403, { refused: 'something-new' })).toEqual({ ok: false, refused: 'unexpected' });
    expect(deviceOutcome(204, null)).toEqual({ ok: true });
    expect(deviceOutcome(403, { refused: 'unknown-device' })).toEqual({ ok: false, refused: 'unknown-device' });
  });
  it('says "network" when the room cannot be reached', async () => {
    const env: RoomEnvironment = { baseUrl: 'http://127.0.0.1:1', fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    expect(await requestJoin(env, 'X')).toEqual({ ok: false, refused: 'network' });
  });
});

const note = (id: string, text: string): RoomNote => ({
  id,
  elementId: 'e',
  text,
  colour: 'geel',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** Resolves when the client's state satisfies `test`. */
function until(client: RoomClient, test: (state: RoomClientState) => boolean, timeoutMs = 5000): Promise<RoomClientState> {
  return new Promise((resolve, reject) => {
    if (test(client.getState())) return resolve(client.getState());
    const timer = setTimeout(() => reject(new Error(`timed out in state ${JSON.stringify(client.getState())}`)), timeoutMs);
    const stop = client.subscribe((state) => {
      if (!test(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a phone connected to a room (Node client, no local copy)', () => {
  let room: FakeRoom;
  let env: RoomEnvironment;
  const clients: RoomClient[] = [];

  beforeEach(async () => {
    room = await startFakeRoom();
    env = nodeRoomEnvironment(room.url);
    await room.write(PLENARY_DOC, (doc) =>
      writePlenary(doc, {
        workshop: { id: 'w', title: 'Zorg en techniek', language: 'nl' },
        teams: [{ id: 't1', name: 'Tafel 1' }],
        participants: [],
        themes: [],
      }),
    );
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await room.close();
  });

  async function joined() {
    const outcome = await requestJoin(env, room.code);
    if (!outcome.ok) throw new Error(outcome.refused);
    const client = new RoomClient(env, outcome.joined);
    clients.push(client);
    return { client, joined: outcome.joined };
  }

  it('refuses a wrong code', async () => {
    expect(await requestJoin(env, '0'.repeat(26))).toEqual({ ok: false, refused: 'wrong-code' });
  });

  it('reads the plenary document, then edits its table once registered there', async () => {
    const { client, joined: credential } = await joined();
    await client.start();
    await until(client, (state) => state.connection === 'online' && state.plenarySynced);
    expect((plenaryMap(client.plenary).get('workshop') as { title: string }).title).toBe('Zorg en techniek');

    expect(await registerDevice(env, { credential: credential.credential, tableId: 't1', name: 'Şahin' })).toEqual({ ok: true });
    const table = await client.openTable('t1', true);
    await until(client, (state) => state.tableSynced);
    writeRecord(table, 'people', { id: 'p1', name: 'Şahin' } as RoomPerson);
    const serverTable = await room.document(tableDocName('t1'));
    await eventually(() => readRecord(serverTable, 'people', 'p1')?.['name'] === 'Şahin');

    // The host's edit arrives on the phone.
    await room.write(tableDocName('t1'), (doc) => writeRecord(doc, 'notes', note('n1', 'van de host')));
    await eventually(() => readRecord(table, 'notes', 'n1')?.['text'] === 'van de host');
  });

  it('says when the room refuses a table the device is not registered at', async () => {
    const { client } = await joined();
    await client.start();
    await client.openTable('t1', true);
    const state = await until(client, (s) => s.tableRefused);
    expect(state.admitted).toBe(true);
  });

  it('keeps edits made offline and is refused, not broken, when the credential is void', async () => {
    const { client, joined: credential } = await joined();
    await registerDevice(env, { credential: credential.credential, tableId: 't1', name: '' });
    await client.start();
    const table: Y.Doc = await client.openTable('t1', true);
    await until(client, (state) => state.tableSynced);
    room.newCode();
    await until(client, (state) => !state.admitted);
    writeRecord(table, 'notes', note('n2', 'typed while refused'));

    // Joining again with the new code and the same documents sends what was typed.
    const again = await requestJoin(env, room.code);
    if (!again.ok) throw new Error(again.refused);
    await registerDevice(env, { credential: again.joined.credential, tableId: 't1', name: '' });
    client.reconnect(again.joined, false);
    client.syncTable();
    await until(client, (state) => state.admitted && state.tableSynced);
    const serverTable = await room.document(tableDocName('t1'));
    await eventually(() => readRecord(serverTable, 'notes', 'n2')?.['text'] === 'typed while refused');
  });

  it('measures the host clock from a live timer change, not from the first sync', async () => {
    await room.write(PLENARY_DOC, (doc) =>
      writePlenary(doc, {
        facilitation: { phase: null, focus: 'all', timer: { durationMs: 60_000, startedAt: null, elapsedMs: 0 }, hostNow: 1, voting: null },
      }),
    );
    const { client } = await joined();
    await client.start();
    await until(client, (state) => state.plenarySynced);
    expect(client.getState().clockOffset).toBe(0);
    const hostNow = Date.now() + 90_000;
    await room.write(PLENARY_DOC, (doc) =>
      writePlenary(doc, {
        facilitation: { phase: null, focus: 0, timer: { durationMs: 60_000, startedAt: hostNow, elapsedMs: 0 }, hostNow, voting: null },
      }),
    );
    const state = await until(client, (s) => s.clockOffset !== 0);
    expect(state.clockOffset).toBeGreaterThan(89_000);
    expect(state.clockOffset).toBeLessThanOrEqual(90_000);
  });

  it('says "offline" when the room goes away, and "online" when it is back', async () => {
    const { client } = await joined();
    await client.start();
    await until(client, (state) => state.connection === 'online');
    client.networkChanged(false);
    expect(client.getState().connection).toBe('offline');
    await until(client, (state) => state.connection === 'online');
  });
});
