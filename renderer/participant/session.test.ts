import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeRoom, type FakeRoom } from '../../tests/support/fakeRoom';
import { nodeRoomEnvironment } from '../../tests/support/nodeRoomClient';
import { PLENARY_DOC, tableDocName } from '../../shared/room/protocol';
import { writePlenary } from '../../shared/room/plenaryDoc';
import { readRecords } from '../../shared/room/tableDoc';
import type { KeyValueStore } from './identity';
import { plenaryView } from './plenaryView';
import { ParticipantSession, stageOf } from './session';

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const loaded = { loaded: true, teams: [{ id: 't1' }, { id: 't2' }] };

describe('which screen the page shows', () => {
  const identity = { roomId: 'r', deviceId: 'd', credential: 'c' };
  it('asks for the code without a credential, and says when the room refused it', () => {
    expect(stageOf({ identity: null, notAdmitted: false, picking: undefined }, loaded)).toBe('code');
    expect(stageOf({ identity, notAdmitted: true, picking: undefined }, loaded)).toBe('not-admitted');
  });
  it('waits for the workshop, then asks the table and the name', () => {
    expect(stageOf({ identity, notAdmitted: false, picking: undefined }, { loaded: false, teams: [] })).toBe('loading');
    expect(stageOf({ identity, notAdmitted: false, picking: undefined }, loaded)).toBe('table');
    expect(stageOf({ identity: { ...identity, tableId: 't1' }, notAdmitted: false, picking: undefined }, loaded)).toBe('name');
    expect(stageOf({ identity: { ...identity, tableId: 't1', name: '' }, notAdmitted: false, picking: undefined }, loaded)).toBe('canvas');
  });
  it('asks the table again when the table is gone, and while changing', () => {
    const seated = { ...identity, tableId: 'gone', name: 'An' };
    expect(stageOf({ identity: seated, notAdmitted: false, picking: undefined }, loaded)).toBe('table');
    const atT1 = { ...seated, tableId: 't1' };
    expect(stageOf({ identity: atT1, notAdmitted: false, picking: { tableId: null } }, loaded)).toBe('table');
    expect(stageOf({ identity: atT1, notAdmitted: false, picking: { tableId: 't2' } }, loaded)).toBe('name');
  });
});

describe('a participant session against a room', () => {
  let room: FakeRoom;
  const sessions: ParticipantSession[] = [];
  beforeEach(async () => {
    room = await startFakeRoom();
    await room.write(PLENARY_DOC, (doc) =>
      writePlenary(doc, {
        workshop: { id: 'w', title: 'W', language: 'en' },
        teams: [{ id: 't1', name: 'Tafel 1' }],
        participants: [],
        themes: [],
      }),
    );
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) session.destroy();
    await room.close();
  });

  it('joins, takes a seat under a new name and comes back after a reload without the code', async () => {
    const store = memoryStore();
    const session = new ParticipantSession(nodeRoomEnvironment(room.url), store);
    sessions.push(session);
    session.begin(room.code);
    await eventually(() => !!session.getSnapshot().room?.plenarySynced);
    expect(stageOf(session.getSnapshot(), plenaryView(session.getSnapshot().client!.plenary))).toBe('table');

    await session.takeSeat('t1', { kind: 'new', name: ' Ελένη ', organisation: 'Gemeente' });
    const identity = session.getSnapshot().identity!;
    expect(identity).toMatchObject({ tableId: 't1', name: 'Ελένη', organisation: 'Gemeente', registered: true });
    expect(identity.participantId).toMatch(/^[0-9a-f-]{36}$/);
    expect([...room.devices.values()][0]).toMatchObject({ tableId: 't1', name: 'Ελένη', participantId: identity.participantId });
    const serverTable = await room.document(tableDocName('t1'));
    await eventually(() => readRecords(serverTable, 'people').get(identity.participantId!)?.['name'] === 'Ελένη');

    // A reload: a new session on the same storage goes straight to the canvas, connected.
    session.destroy();
    const again = new ParticipantSession(nodeRoomEnvironment(room.url), store);
    sessions.push(again);
    again.begin(null);
    await eventually(() => !!again.getSnapshot().room?.tableSynced);
    expect(stageOf(again.getSnapshot(), plenaryView(again.getSnapshot().client!.plenary))).toBe('canvas');
  });

  it('says why a code is refused', async () => {
    const session = new ParticipantSession(nodeRoomEnvironment(room.url), memoryStore());
    sessions.push(session);
    await session.join('0'.repeat(26));
    expect(session.getSnapshot()).toMatchObject({ refused: 'wrong-code', identity: null, joining: false });
  });

  it('notices a void credential, and joining with the new code brings the same seat back', async () => {
    const session = new ParticipantSession(nodeRoomEnvironment(room.url), memoryStore());
    sessions.push(session);
    session.begin(room.code);
    await eventually(() => !!session.getSnapshot().room?.plenarySynced);
    await session.takeSeat('t1', { kind: 'anonymous' });
    await eventually(() => !!session.getSnapshot().room?.tableSynced);
    room.newCode();
    await eventually(() => session.getSnapshot().notAdmitted);
    await session.join(room.code);
    await eventually(() => !session.getSnapshot().notAdmitted && !!session.getSnapshot().room?.tableSynced);
    expect(session.getSnapshot().identity).toMatchObject({ tableId: 't1', name: '', registered: true });
  });
});
