/**
 * A live room as it runs on the facilitator's laptop, for attacking it: the real room server
 * (electron/room) on 127.0.0.1, the host's bridge (renderer/room/bridge) over its loopback socket,
 * the app's database (fake-indexeddb) behind the bridge, and two well-behaved phones (the participant
 * page's own client) at tables A and B. Refusals the bridge reports go straight to the server, as IPC
 * or the control API would take them, so the server's status is what the facilitator's dialog shows.
 */
import 'fake-indexeddb/auto';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { RoomService } from '../../electron/room/roomService';
import { ChangeWriter } from '../../renderer/data/changes';
import { ActieplaatDatabase } from '../../renderer/data/db';
import { WorkshopEdits } from '../../renderer/data/edits';
import { RoomShadowDatabase, RoomShadowStore } from '../../renderer/data/roomShadows';
import { WorkshopRepository } from '../../renderer/data/workshopRepository';
import { RoomClient, registerDevice, requestJoin } from '../../renderer/participant/connection';
import { HocuspocusDocs, RoomBridge, type FacilitationSnapshot } from '../../renderer/room/bridge';
import { canonical } from '../../renderer/room/bridge/roomForms';
import type { WorkshopData } from '../../shared/model/workshopData';
import { tableDocName, type JoinResponse, type OpenRoomStatus, type RefusalInfo, type RoomLimits } from '../../shared/room/protocol';
import { readRecord, readScores, tableMaps, writeRecord, type RoomNote } from '../../shared/room/tableDoc';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { nodeRoomEnvironment } from './nodeRoomClient';
import {
  Clients,
  HOST_ORIGIN,
  TempFolders,
  expectOpen,
  joinRoom,
  roomOrigin,
  sitAt,
  tokenOf,
  waitFor,
  wire,
  type RawSocket,
} from './roomTestKit';

export const SEEDED_NOTE = 'n-seed';
export const SEEDED_ELEMENT = 'matching.vraag';
/** Participants the workshop knows: one at each table. */
export const ANNE = 'p-anne';
export const BRAM = 'p-bram';

let clock = 0;
const factory = { newId: () => crypto.randomUUID(), now: () => new Date(Date.UTC(2026, 10, 22, 9, 0, 0, clock++)).toISOString() };

/** A workshop with tables A and B, a participant at each, and at table A a note and a scored element. */
function hostileWorkshop(): WorkshopData {
  const data = createWorkshopData({ title: 'Kamer onder vuur', date: '2026-11-22', language: 'nl', organisations: [] }, 'Tafel A', factory);
  const teamA = data.teams[0]!.id;
  const teamB = factory.newId();
  data.teams.push({ id: teamB, name: 'Tafel B', colour: '#0F766E' });
  data.participants.push({ id: ANNE, name: 'Anne de Vries', teamId: teamA }, { id: BRAM, name: 'Bram Łukasiewicz', teamId: teamB });
  const at = factory.now();
  data.notes.push({
    id: SEEDED_NOTE,
    teamId: teamA,
    elementId: SEEDED_ELEMENT,
    text: 'Roosters delen',
    colour: 'geel',
    createdAt: at,
    updatedAt: at,
  });
  data.assessments.push({
    teamId: teamA,
    elementId: SEEDED_ELEMENT,
    maturity: 2,
    importance: 3,
    notApplicable: false,
    agreements: 'Pool van 40',
    updatedAt: at,
  });
  return data;
}

/** A phone that joined and sat down properly, through the participant page's own client. */
export interface Phone {
  deviceId: string;
  client: RoomClient;
  table: Y.Doc;
}

/** A device that joined properly and then writes whatever it likes into its table's document. */
export interface Intruder {
  joined: JoinResponse;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The close codes its socket saw, in order. */
  closeCodes: number[];
  /** Why the room refused its token, each time. */
  failures: string[];
}

export interface HostileRoomOptions {
  limits?: Partial<RoomLimits>;
  voting?: FacilitationSnapshot['voting'];
}

export class HostileRoom {
  readonly folders = new TempFolders();
  readonly clients = new Clients();
  readonly db = new ActieplaatDatabase(`hostile-${crypto.randomUUID()}`);
  readonly data = hostileWorkshop();
  readonly workshopId = this.data.workshop.id;
  readonly teamA = this.data.teams[0]!.id;
  readonly teamB = this.data.teams[1]!.id;
  service!: RoomService;
  status!: OpenRoomStatus;
  bridge!: RoomBridge;
  phoneA!: Phone;
  phoneB!: Phone;
  private readonly shadowDb = new RoomShadowDatabase(`hostile-room-${crypto.randomUUID()}`);
  private readonly cleanup: (() => unknown)[] = [];
  private edits = 0;

  async open(options: HostileRoomOptions = {}): Promise<this> {
    this.cleanup.push(
      () => this.folders.cleanup(),
      () => this.db.delete(),
      () => this.shadowDb.delete(),
    );
    await this.db.open();
    await new WorkshopRepository(this.db, factory).write(this.data);
    this.service = new RoomService({
      dataDir: await this.folders.make('actieplaat-hostile-'),
      participantRoot: await this.folders.participantRoot(),
      hostOrigins: [HOST_ORIGIN],
      // The loopback address only: the room never listens anywhere else in a test.
      networkInterfaces: () => ({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
      }),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    this.cleanup.push(async () => {
      await this.service.close();
      await this.service.stop();
    });
    this.status = expectOpen(await this.service.open({ workshopId: this.workshopId, address: '127.0.0.1' }));

    class HostWebSocket extends WebSocket {
      constructor(url: string) {
        super(url, { origin: HOST_ORIGIN });
        this.on('error', () => undefined);
      }
    }
    const docs = new HocuspocusDocs({ url: this.status.hostUrl, token: this.status.hostToken, WebSocketPolyfill: HostWebSocket });
    const facilitation: FacilitationSnapshot = {
      focus: 'all',
      timer: { durationMs: 600_000, startedAt: null, elapsedMs: 0 },
      voting: options.voting ?? null,
    };
    this.bridge = new RoomBridge({
      db: this.db,
      workshopId: this.workshopId,
      docs,
      reportRefusal: (report) => void this.service.reportRefusal(report),
      facilitation: { get: () => facilitation, subscribe: () => () => undefined },
      shadows: new RoomShadowStore(this.shadowDb),
      batchDelayMs: 5,
    });
    this.cleanup.push(async () => {
      await this.bridge.stop();
      docs.destroy();
    });
    await this.bridge.start();
    await waitFor(() => this.bridge.state.phase === 'live', 'the bridge to be live', 10_000);

    this.phoneA = await this.phone(this.teamA, 'Anne', ANNE);
    this.phoneB = await this.phone(this.teamB, 'Bram', BRAM);
    await waitFor(() => readRecord(this.phoneA.table, 'notes', SEEDED_NOTE), 'the seeded note on phone A', 10_000);
    await this.settled();
    return this;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.status.port}`;
  }

  /** A phone that joins with the room's current code, sits at a table and syncs it. */
  async phone(tableId: string, name: string, participantId?: string, env = nodeRoomEnvironment(this.baseUrl, '127.0.0.1')): Promise<Phone> {
    const code = expectOpen(await this.service.status()).code;
    const joined = await requestJoin(env, code);
    if (!joined.ok) throw new Error(`the phone could not join: ${joined.refused}`);
    const seated = await registerDevice(env, {
      credential: joined.joined.credential,
      tableId,
      name,
      ...(participantId ? { participantId } : {}),
    });
    if (!seated.ok) throw new Error(`the phone could not sit down: ${seated.refused}`);
    const client = new RoomClient(env, joined.joined);
    this.cleanup.push(() => client.destroy());
    await client.start();
    const table = await client.openTable(tableId, true);
    await waitFor(() => client.getState().tableSynced && client.getState().plenarySynced, `${name}'s phone to sync`, 10_000);
    return { deviceId: joined.joined.deviceId, client, table };
  }

  /** A device that joins, sits at `tableId` and holds its table's document in a Hocuspocus provider of its own. */
  async intruder(tableId = this.teamA): Promise<Intruder> {
    const joined = await joinRoom(this.status);
    if ((await sitAt(this.status, joined, tableId, 'Indringer')).status !== 200) throw new Error('the intruder could not sit down');
    const { doc, provider, socket, failures } = this.clients.device(this.status, tableDocName(tableId), tokenOf(joined));
    const closeCodes: number[] = [];
    socket.on('disconnect', ({ event }: { event: { code: number } }) => void closeCodes.push(event.code));
    await waitFor(() => provider.isSynced, 'the intruder to sync', 10_000);
    return { joined, doc, provider, closeCodes, failures };
  }

  /** A device that joins, sits at table A and speaks the wire format itself, authenticated for its table. */
  async rawIntruder(): Promise<{ joined: JoinResponse; raw: RawSocket; docName: string }> {
    const joined = await joinRoom(this.status);
    await sitAt(this.status, joined, this.teamA, 'Indringer');
    const raw = this.clients.rawSocket(`ws://127.0.0.1:${this.status.port}/sync`, { origin: roomOrigin(this.status) });
    if (!(await raw.opened)) throw new Error('the raw socket did not open');
    const docName = tableDocName(this.teamA);
    raw.send(wire.auth(docName, tokenOf(joined)));
    await waitFor(() => raw.typesFor(docName).includes(2), 'the raw socket to authenticate');
    return { joined, raw, docName };
  }

  /** The bridge has nothing left to do, and stays so for a moment (the database's triggers come a little later). */
  async settled(): Promise<void> {
    const deadline = Date.now() + 10_000;
    let before = '';
    for (;;) {
      await this.bridge.whenIdle();
      await new Promise((resolve) => setTimeout(resolve, 60));
      await this.bridge.whenIdle();
      const now = JSON.stringify([this.bridge.stats, await this.stored()]);
      if (now === before) return;
      if (Date.now() > deadline) throw new Error('the bridge does not settle');
      before = now;
    }
  }

  /** The workshop's records in the database, without the "last edited" stamp every write moves. */
  async stored(): Promise<WorkshopData> {
    const data = await new WorkshopRepository(this.db, factory).load(this.workshopId);
    if (!data) throw new Error('the workshop is gone from the database');
    return { ...data, workshop: { ...data.workshop, updatedAt: '(any)' } };
  }

  async refusals(): Promise<RefusalInfo[]> {
    return expectOpen(await this.service.status()).refusals;
  }

  /** Waits for the facilitator's list to show a refusal of this device for this reason. */
  refusalOf(deviceId: string | undefined, reason: string): Promise<RefusalInfo> {
    return waitFor(
      async () => (await this.refusals()).find((refusal) => refusal.reason === reason && refusal.deviceId === deviceId),
      `a refusal "${reason}" of ${deviceId ?? 'an unknown device'}`,
      10_000,
    );
  }

  /**
   * The room works as before the attack: a note written on table A's phone reaches the database, an
   * edit on the host reaches that phone, table B's phone is still in sync, and a new device is let in.
   */
  async stillServes({ phoneA = this.phoneA, phoneB = this.phoneB, from = '127.0.0.1' } = {}): Promise<void> {
    const round = ++this.edits;
    const id = `n-after-${round}-${crypto.randomUUID()}`;
    const note: RoomNote = {
      id,
      elementId: 'matching.aanbod',
      text: `Na de aanval ${round}`,
      colour: 'groen',
      authorId: ANNE,
      createdAt: factory.now(),
      updatedAt: factory.now(),
    };
    writeRecord(phoneA.table, 'notes', note);
    await waitFor(async () => (await this.db.notes.get(id))?.text === note.text, 'the phone’s note in the database', 10_000);

    const text = `Bijgewerkt door de host ${round}`;
    await new ChangeWriter(this.db, factory.now).perform(this.workshopId, () =>
      new WorkshopEdits(this.db, factory, this.workshopId).updateNote(SEEDED_NOTE, { text }),
    );
    await waitFor(() => readRecord(phoneA.table, 'notes', SEEDED_NOTE)?.['text'] === text, 'the host’s edit on phone A', 10_000);
    check(phoneB.client.getState().connection === 'online' && phoneB.client.getState().tableSynced, 'phone B to be online and in sync');

    const newcomer = await this.phone(this.teamB, `Nieuw ${round}`, undefined, nodeRoomEnvironment(this.baseUrl, from));
    check(newcomer.client.getState().admitted, 'a new device to be let in');
    newcomer.client.destroy();
    check(this.bridge.state.phase === 'live' && this.bridge.state.error === undefined, 'the bridge to be live and well');
  }

  async close(): Promise<void> {
    this.clients.destroy();
    for (const step of this.cleanup.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('hostile room cleanup:', error);
      }
    }
  }
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

/** What a phone's copy of its table holds: records, scores and dots, as plain data to compare. */
export function tableContent(doc: Y.Doc): string {
  const maps = tableMaps(doc);
  return canonical({
    notes: maps.notes.toJSON(),
    actions: maps.actions.toJSON(),
    people: maps.people.toJSON(),
    scores: Object.fromEntries(readScores(doc)),
    votes: maps.votes.toJSON(),
  });
}
