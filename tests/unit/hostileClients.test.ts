import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_TITLE_MAX, NOTE_TEXT_MAX } from '../../shared/model/vocabulary';
import { tableDocName } from '../../shared/room/protocol';
import { patchRecord, readRecord, tableMaps, writeRecord, writeScores, writeVote, type RoomNote } from '../../shared/room/tableDoc';
import { closeAll, floodJoins, floodUpgrades, joinsSentTogether, upgrade } from '../support/fromAddress';
import { nodeRoomEnvironment } from '../support/nodeRoomClient';
import { ANNE, HostileRoom, SEEDED_ELEMENT, SEEDED_NOTE, tableContent, type HostileRoomOptions } from '../support/hostileRoom';
import { http, joinRoom, sitAt, tokenOf, waitFor, wire } from '../support/roomTestKit';

// Hostile clients against the real room server with the host's real bridge and database behind it
// (ROOM.md, "Proof expected"). Each attack is refused or dropped; the facilitator's room dialog (the
// server's status) names the device where one is known; the database holds nothing of it, not even
// part; the phones' copies are put back; and afterwards the room serves as before.

const rooms: HostileRoom[] = [];

afterEach(async () => {
  await Promise.all(rooms.splice(0).map((room) => room.close()));
});

async function openRoom(options: HostileRoomOptions = {}): Promise<HostileRoom> {
  const room = new HostileRoom();
  rooms.push(room);
  return room.open(options);
}

const at = '2026-11-22T10:00:00.000Z';
const note = (id: string, fields: Partial<RoomNote> = {}): RoomNote => ({
  id,
  elementId: SEEDED_ELEMENT,
  text: 'Gewoon een notitie',
  colour: 'geel',
  createdAt: at,
  updatedAt: at,
  ...fields,
});
const action = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  title: 'Roosters delen',
  elementIds: [SEEDED_ELEMENT],
  owner: { name: 'Anne de Vries' },
  dueDate: null,
  status: 'open',
  createdAt: at,
  updatedAt: at,
  ...fields,
});
/** A note written as a Y.Map with one key more (one `writeRecord` would not write, such as `__proto__`). */
const noteWith = (doc: Y.Doc, { id, ...fields }: RoomNote, key: string, value: unknown) => {
  const entry = new Y.Map<unknown>();
  for (const [field, fieldValue] of Object.entries(fields)) entry.set(field, fieldValue);
  entry.set(key, value);
  tableMaps(doc).notes.set(id, entry);
};

/** A sync step 2 (a client's answer to the server's state vector) carrying these bytes as its update. */
function syncStep2(docName: string, update: Uint8Array): Uint8Array {
  const message = wire.update(docName, update);
  message[wire.queryAwareness(docName).length] = 1;
  return message;
}

/** The attack left nothing behind: the database as before, phone A's copy as before, no blame on the phones, the room serving. */
async function unharmed(room: HostileRoom, stored: unknown, tableA: string): Promise<void> {
  await room.settled();
  expect(await room.stored()).toEqual(stored);
  const blamed = (await room.refusals()).map((refusal) => refusal.deviceId);
  expect(blamed).not.toContain(room.phoneA.deviceId);
  expect(blamed).not.toContain(room.phoneB.deviceId);
  await waitFor(() => tableContent(room.phoneA.table) === tableA, 'phone A’s copy as before the attack', 10_000);
  await room.stillServes();
}

describe('a device that sends bytes the room cannot read', () => {
  it('is cut (1007) and named to the facilitator; no part of a broken update is stored', async () => {
    const room = await openRoom();
    const [stored, tableA] = [await room.stored(), tableContent(room.phoneA.table)];
    const garbage = await room.rawIntruder();
    // A sync step 2 whose update is no update at all.
    garbage.raw.send(syncStep2(garbage.docName, new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02, 0x03])));
    expect(await garbage.raw.closed).toBe(1007);
    // A real note's update cut in half: its first records must not be taken.
    const truncated = await room.rawIntruder();
    const source = new Y.Doc();
    writeRecord(source, 'notes', note('n-half', { text: 'Half verstuurd' }));
    const update = Y.encodeStateAsUpdate(source);
    truncated.raw.send(wire.update(truncated.docName, update.slice(0, Math.floor(update.length / 2))));
    expect(await truncated.raw.closed).toBe(1007);
    await room.refusalOf(garbage.joined.deviceId, 'malformed');
    await room.refusalOf(truncated.joined.deviceId, 'malformed');
    await unharmed(room, stored, tableA);
  });
});

describe('a device that sends an oversized message', () => {
  it('is cut (1009) on a 10 MB note from a real Yjs client, and nothing of that message is stored', async () => {
    const room = await openRoom();
    const [stored, tableA] = [await room.stored(), tableContent(room.phoneA.table)];
    const intruder = await room.intruder();
    intruder.doc.transact(() => {
      writeRecord(intruder.doc, 'notes', note('n-huge', { text: 'x'.repeat(10 * 1024 * 1024) }));
      writeRecord(intruder.doc, 'notes', note('n-along', { text: 'Meegestuurd' }));
    });
    await room.refusalOf(intruder.joined.deviceId, 'oversized-message');
    await waitFor(() => intruder.closeCodes.includes(1009), 'the socket to be cut with 1009');
    // It tries again with every reconnect, and is cut every time.
    await waitFor(() => intruder.closeCodes.length >= 2, 'the next attempt to be cut as well', 10_000);
    expect(new Set(intruder.closeCodes)).toEqual(new Set([1009]));
    intruder.provider.destroy();
    expect(readRecord(room.phoneA.table, 'notes', 'n-along')).toBeUndefined();
    await unharmed(room, stored, tableA);
  });
});

describe('a device that pushes its table’s document past its size', () => {
  it('is cut (4413); the message is refused whole, so none of its valid notes is stored', async () => {
    const room = await openRoom({ limits: { maxDocumentBytes: 32 * 1024 } });
    const [stored, tableA] = [await room.stored(), tableContent(room.phoneA.table)];
    const intruder = await room.intruder();
    intruder.doc.transact(() => {
      for (let index = 0; index < 30; index += 1)
        writeRecord(intruder.doc, 'notes', note(`n-fill-${index}`, { text: `${index} `.padEnd(1500, 'x') }));
    });
    await room.refusalOf(intruder.joined.deviceId, 'document-too-large');
    await waitFor(() => intruder.closeCodes.includes(4413), 'the socket to be cut with 4413');
    intruder.provider.destroy();
    expect(tableMaps(room.phoneA.table).notes.size).toBe(1);
    await unharmed(room, stored, tableA);
  });
});

describe('thousands of attempts from one address', () => {
  it('2,000 WebSocket upgrades: past its limit refused (429), another address still served, its count back down after', async () => {
    const room = await openRoom();
    const url = `ws://127.0.0.1:${room.status.port}/sync`;
    const opened: WebSocket[] = [];
    // Phones A and B hold one socket each from 127.0.0.1: the flood gets the rest of its 12.
    const [flood, carla] = await Promise.all([
      floodUpgrades(url, room.baseUrl, 2000, opened),
      (async () => {
        const phone = await room.phone(room.teamA, 'Carla', undefined, nodeRoomEnvironment(room.baseUrl, '127.0.0.2'));
        writeRecord(phone.table, 'notes', note('n-carla', { text: 'Van een ander adres', authorId: ANNE }));
        await waitFor(
          async () => (await room.db.notes.get('n-carla'))?.text === 'Van een ander adres',
          'Carla’s note in the database',
          20_000,
        );
        return phone;
      })(),
    ]);
    expect(flood.attempted).toBe(2000);
    expect(Object.fromEntries(flood.outcomes)).toEqual({ open: 10, 429: 1990 });
    expect(carla.client.getState().connection).toBe('online');
    const refusals = await room.refusals();
    expect(refusals).toContainEqual(expect.objectContaining({ reason: 'too-many-connections', detail: '127.0.0.1' }));
    expect(refusals.length).toBeLessThan(5);

    await closeAll(opened);
    // Exactly the flood's ten places are free again: ten sockets open, the eleventh is refused.
    await waitFor(
      async () => {
        const retry: WebSocket[] = [];
        const outcomes = await Promise.all(Array.from({ length: 10 }, () => upgrade(url, room.baseUrl, retry)));
        const all = outcomes.every((outcome) => outcome === 'open') && (await upgrade(url, room.baseUrl, retry)) === '429';
        await closeAll(retry);
        return all;
      },
      'the flood’s places to be free again',
      10_000,
    );
    await room.stillServes();
  }, 45_000);

  it('2,000 wrong codes: ten are answered, the rest throttled (429) even with the right code; another address still joins', async () => {
    const room = await openRoom();
    const flood = await floodJoins(room.status.port, room.baseUrl, 2000);
    expect(flood.attempted).toBe(2000);
    expect(Object.fromEntries(flood.outcomes)).toEqual({ 403: 10, 429: 1990 });
    const rightCode = await http(room.status.port, 'POST', '/api/join', {
      headers: { Origin: room.baseUrl },
      body: { code: room.status.code },
    });
    expect(rightCode.status).toBe(429);
    const refusals = await room.refusals();
    expect(refusals.filter((refusal) => refusal.reason === 'wrong-code')).toEqual([expect.objectContaining({ detail: '127.0.0.1' })]);
    const carla = await room.phone(room.teamA, 'Carla', undefined, nodeRoomEnvironment(room.baseUrl, '127.0.0.2'));
    await room.stillServes({ phoneA: carla, from: '127.0.0.2' });
  }, 45_000);

  it('wrong codes whose bodies arrive together get no more guesses than one by one', async () => {
    const room = await openRoom();
    const outcomes = await joinsSentTogether(room.status.port, room.baseUrl, 100, '0'.repeat(26));
    expect(outcomes.filter((status) => status === 403)).toHaveLength(10);
    expect(outcomes.filter((status) => status === 429)).toHaveLength(90);
  });
});

describe('a device that writes an invalid record into its own table', () => {
  const voting = { round: 1, voters: 'team' as const, dotsPerVoter: 3, revealed: false };
  it.each<[string, (room: HostileRoom, doc: Y.Doc) => void, string]>([
    ['a maturity of 9', (_room, doc) => writeScores(doc, SEEDED_ELEMENT, { maturity: 9, updatedAt: at }), 'maturity'],
    [
      'a note longer than a note may be',
      (_room, doc) => writeRecord(doc, 'notes', note('n-long', { text: 'x'.repeat(NOTE_TEXT_MAX + 1) })),
      'text',
    ],
    [
      'a stored note made too long',
      (_room, doc) => patchRecord(doc, 'notes', SEEDED_NOTE, { text: 'x'.repeat(50_000), updatedAt: at }),
      `notes ${SEEDED_NOTE}: text`,
    ],
    [
      'an action title longer than allowed',
      (_room, doc) => writeRecord(doc, 'actions', action('a-long', { title: 'x'.repeat(ACTION_TITLE_MAX + 1) })),
      'title',
    ],
    [
      'a valid note on an unknown element',
      (_room, doc) => writeRecord(doc, 'notes', note('n-nowhere', { elementId: 'matching.niets' })),
      'unknown-element',
    ],
    [
      'an action by an unknown participant',
      (_room, doc) => writeRecord(doc, 'actions', action('a-ghost', { authorId: 'p-niemand' })),
      'unknown-participant',
    ],
    [
      'dots for another table',
      (room, doc) => writeVote(doc, { round: 1, voter: 'team', voterId: room.teamB, elementId: SEEDED_ELEMENT, dots: 1 }),
      'unknown-team',
    ],
    ['a __proto__ key in a note', (_room, doc) => noteWith(doc, note('n-proto'), '__proto__', { admin: true }), '__proto__'],
    ['a constructor key in a note', (_room, doc) => noteWith(doc, note('n-ctor'), 'constructor', { admin: true }), 'constructor'],
    ['a participant whose id is __proto__', (_room, doc) => writeRecord(doc, 'people', { id: '__proto__', name: 'X' }), '__proto__'],
  ])('%s: refused by the bridge, the device named, every copy put back, nothing stored', async (_case, attack, problem) => {
    const room = await openRoom({ voting });
    const [stored, tableA] = [await room.stored(), tableContent(room.phoneA.table)];
    const intruder = await room.intruder();
    attack(room, intruder.doc);
    const refusal = await room.refusalOf(intruder.joined.deviceId, 'invalid-record');
    expect(refusal.detail).toContain(problem);
    await waitFor(() => tableContent(intruder.doc) === tableA, 'the intruder’s own copy to be put back', 10_000);
    await unharmed(room, stored, tableA);
  });
});

describe('a device that sits at a table the workshop does not have', () => {
  it('is refused at registration, so it gets no document to fill', async () => {
    const room = await openRoom();
    const joined = await joinRoom(room.status);
    const seated = await sitAt(room.status, joined, 'tafel-die-niet-bestaat', 'Indringer');
    expect(seated.status).toBe(404);
    expect(seated.json()).toEqual({ refused: 'unknown-table' });
    const table = room.clients.device(room.status, tableDocName('tafel-die-niet-bestaat'), tokenOf(joined));
    await waitFor(() => table.failures.length > 0, 'the table’s document to be refused');
    writeRecord(table.doc, 'notes', note('n-elsewhere'));
    await room.refusalOf(joined.deviceId, 'forbidden-document');
    expect(table.provider.isSynced).toBe(false);
    await room.stillServes();
  });
});

describe('a device that names another table inside a record', () => {
  it('has its note kept at its own table, and the name dropped from every copy', async () => {
    const room = await openRoom();
    const intruder = await room.intruder();
    noteWith(intruder.doc, note('n-claim', { text: 'Van tafel B, zegt hij' }), 'teamId', room.teamB);
    await waitFor(async () => (await room.db.notes.get('n-claim'))?.teamId === room.teamA, 'the note stored at table A', 10_000);
    const onPhoneA = () => readRecord(room.phoneA.table, 'notes', 'n-claim');
    await waitFor(() => onPhoneA() && !('teamId' in onPhoneA()!), 'the claim dropped on phone A', 10_000);
    await room.settled();
    expect((await room.stored()).notes.filter((stored) => stored.teamId === room.teamB)).toEqual([]);
    expect(tableMaps(room.phoneB.table).notes.size).toBe(0);
    await room.stillServes();
  });
});

describe('a stale credential after “new code”', () => {
  it('is refused on the socket and at registration, the old code too; devices that joined with the new code work', async () => {
    const room = await openRoom();
    const stored = await room.stored();
    const intruder = await room.intruder();
    await room.service.newCode();
    await waitFor(() => intruder.closeCodes.includes(4401), 'the old credential’s socket to be cut with 4401');
    await waitFor(() => intruder.failures.includes('unknown-device'), 'the reconnect with the old credential to be refused', 10_000);
    // What it writes now stays on the device.
    writeRecord(intruder.doc, 'notes', note('n-stale', { text: 'Na de nieuwe code' }));
    const register = await http(room.status.port, 'POST', '/api/device', {
      headers: { Origin: room.baseUrl },
      body: { credential: intruder.joined.credential, tableId: room.teamA, name: 'Indringer' },
    });
    expect(register.json()).toEqual({ refused: 'unknown-device' });
    const oldCode = await http(room.status.port, 'POST', '/api/join', {
      headers: { Origin: room.baseUrl },
      body: { code: room.status.code },
    });
    expect(oldCode.json()).toEqual({ refused: 'wrong-code' });
    const refusals = await room.refusals();
    expect(refusals).toContainEqual(expect.objectContaining({ reason: 'unknown-device', detail: intruder.joined.deviceId }));
    expect(refusals).toContainEqual(expect.objectContaining({ reason: 'wrong-code' }));
    await waitFor(() => !room.phoneA.client.getState().admitted, 'phone A to learn its credential is void', 10_000);

    const [anne, bram] = [await room.phone(room.teamA, 'Anne', ANNE), await room.phone(room.teamB, 'Bram')];
    await room.settled();
    expect(await room.stored()).toEqual(stored);
    expect(readRecord(anne.table, 'notes', 'n-stale')).toBeUndefined();
    await room.stillServes({ phoneA: anne, phoneB: bram });
  });
});
