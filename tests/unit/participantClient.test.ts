import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoomClient, registerDevice, requestJoin, type RoomClientState } from '../../renderer/participant/connection';
import { plenaryMap } from '../../shared/room/plenaryDoc';
import { readRecord, writeRecord, writeVote, type RoomNote } from '../../shared/room/tableDoc';
import { nodeRoomEnvironment } from '../support/nodeRoomClient';
import { startRoomHarness, waitUntil, type RoomHarness } from '../support/participantHarness';

// The participant page's connection as a Node client (the benchmark's simulated phone) against the
// real room server: the join exchange, registration, read-only plenary, the table's sync, a void credential.

let harness: RoomHarness;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'actieplaat-participant-root-'));
  await mkdir(join(root, 'participant'), { recursive: true });
  await writeFile(join(root, 'participant', 'index.html'), '<!doctype html><title>deelnemer</title>');
  harness = await startRoomHarness({ participantRoot: root });
});

afterAll(async () => {
  await harness.stop();
  await rm(root, { recursive: true, force: true });
});

function until(client: RoomClient, test: (state: RoomClientState) => boolean): Promise<void> {
  return waitUntil(() => test(client.getState()), JSON.stringify(client.getState()));
}

describe('a simulated phone against the room server', () => {
  it('joins, reads the plenary, edits its table, and is refused after "new code"', async () => {
    const env = nodeRoomEnvironment(`http://127.0.0.1:${harness.status.port}`);
    expect(await requestJoin(env, '0'.repeat(26))).toEqual({ ok: false, refused: 'wrong-code' });
    const joined = await requestJoin(env, harness.status.code.toLowerCase());
    if (!joined.ok) throw new Error(joined.refused);
    expect(
      await registerDevice(env, {
        credential: joined.joined.credential,
        tableId: 'team-zorg',
        name: 'Anne de Vries',
        participantId: 'p-anne',
      }),
    ).toEqual({
      ok: true,
    });

    const client = new RoomClient(env, joined.joined);
    try {
      await client.start();
      await until(client, (state) => state.connection === 'online' && state.plenarySynced);
      expect((plenaryMap(client.plenary).get('workshop') as { title: string }).title).toBe('Zorg en techniek Brainport');

      const table = await client.openTable('team-zorg', true);
      await until(client, (state) => state.tableSynced);
      const note: RoomNote = {
        id: 'n1',
        elementId: 'maatwerk.opleiding',
        text: 'Ñúñez vraagt',
        colour: 'blauw',
        authorId: 'p-anne',
        createdAt: '2026-11-22T10:00:00.000Z',
        updatedAt: '2026-11-22T10:00:00.000Z',
      };
      writeRecord(table, 'notes', note);
      writeVote(table, { round: 1, voter: 'participant', voterId: 'p-anne', elementId: 'maatwerk.opleiding', dots: 2 });
      const hostTable = await harness.host.table('team-zorg');
      await waitUntil(() => readRecord(hostTable, 'notes', 'n1')?.['text'] === 'Ñúñez vraagt', 'the note on the host');

      const devices = await harness.service.status();
      expect(devices.state === 'open' && devices.devices.find((device) => device.id === joined.joined.deviceId)).toMatchObject({
        name: 'Anne de Vries',
        tableId: 'team-zorg',
        online: true,
      });

      await harness.service.newCode();
      await until(client, (state) => !state.admitted);
    } finally {
      client.destroy();
    }
    const status = await harness.service.status();
    expect(status.state === 'open' ? status.refusals.map((refusal) => refusal.reason) : []).not.toContain('forbidden-document');
  });
});
