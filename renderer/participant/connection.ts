import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { PLENARY_DOC, deviceToken, tableDocName } from '../../shared/room/protocol';
import { plenaryMap } from '../../shared/room/plenaryDoc';
import { clockOffset } from './clock';
import { LocalCopies } from './connectionCopies';
import type { RoomEnvironment } from './connectionEnvironment';

// A participant's connection to the room, free of React and of the browser: the join exchange and the
// device registration (connectionRequests.ts), one WebSocket shared by the plenary and the table
// document, each document's copy on the device (connectionCopies.ts), and the state the page shows. A
// Node client (the benchmark's simulated phones) passes a WebSocket implementation and no local copy.

export type { LocalCopy, RoomEnvironment } from './connectionEnvironment';
export {
  deviceOutcome,
  joinOutcome,
  registerDevice,
  requestJoin,
  type DeviceOutcome,
  type JoinOutcome,
  type Refusal,
} from './connectionRequests';

/** `online` while the WebSocket is open; `connecting` only at the start, before the first attempt has settled. */
export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface RoomClientState {
  connection: ConnectionState;
  /** `false` once the room refused this device's credential for the plenary document. */
  admitted: boolean;
  /** The room refused the table document (the device is not registered at that table, or no longer admitted). */
  tableRefused: boolean;
  plenarySynced: boolean;
  tableId: string | null;
  /** Whether the table document is connected to the room (after the device registered at the table). */
  tableAttached: boolean;
  tableSynced: boolean;
  /** Host clock minus this device's clock, in milliseconds (0 until measured). */
  clockOffset: number;
}

export interface Credential {
  roomId: string;
  deviceId: string;
  credential: string;
}

/** How long the start may look like "connecting" before it says "not connected". */
const START_GRACE_MS = 3000;

interface Attached {
  provider: HocuspocusProvider;
}

export class RoomClient {
  readonly plenary = new Y.Doc();
  table: Y.Doc | null = null;
  private state: RoomClientState = {
    connection: 'connecting',
    admitted: true,
    tableRefused: false,
    plenarySynced: false,
    tableId: null,
    tableAttached: false,
    tableSynced: false,
    clockOffset: 0,
  };
  private readonly listeners = new Set<(state: RoomClientState) => void>();
  private socket: HocuspocusProviderWebsocket | null = null;
  private plenaryLink: Attached | null = null;
  private tableLink: Attached | null = null;
  private readonly copies: LocalCopies;
  private graceTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private readonly now: () => number;

  constructor(
    private readonly env: RoomEnvironment,
    private credential: Credential,
  ) {
    this.now = env.now ?? Date.now;
    this.copies = new LocalCopies(env);
    plenaryMap(this.plenary).observe((event) => {
      const origin = event.transaction.origin;
      // Only a change that arrives live says what the host's clock reads now.
      if (!event.keysChanged.has('facilitation') || !this.plenaryLink || origin !== this.plenaryLink.provider || !this.state.plenarySynced)
        return;
      const facilitation = plenaryMap(this.plenary).get('facilitation') as { hostNow?: unknown } | undefined;
      const offset = typeof facilitation?.hostNow === 'number' ? clockOffset(facilitation.hostNow, this.now()) : null;
      if (offset !== null && Number.isFinite(offset)) this.update({ clockOffset: offset });
    });
  }

  getState = (): RoomClientState => this.state;

  subscribe = (listener: (state: RoomClientState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<RoomClientState>): void {
    const next = { ...this.state, ...patch };
    if ((Object.keys(patch) as Array<keyof RoomClientState>).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  /** Loads the plenary document kept on this device, then connects to the room. */
  async start(): Promise<void> {
    await this.copies.load(this.credential.roomId, PLENARY_DOC, this.plenary);
    if (this.destroyed) return;
    this.openSocket();
  }

  private token = () => deviceToken(this.credential.deviceId, this.credential.credential);

  private openSocket(): void {
    const url = `${this.env.baseUrl.replace(/^http/, 'ws')}/sync`;
    const socket = new HocuspocusProviderWebsocket({
      url,
      ...(this.env.WebSocket ? { WebSocketPolyfill: this.env.WebSocket } : {}),
      // A room's network is local: try again soon, but spread the phones out after a host restart.
      delay: 500,
      factor: 1.5,
      minDelay: 500,
      maxDelay: 5000,
      jitter: true,
    });
    this.socket = socket;
    socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.update({ connection: 'online' });
      else if (status === 'disconnected') this.update({ connection: 'offline' });
    });
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => this.state.connection === 'connecting' && this.update({ connection: 'offline' }), START_GRACE_MS);
    this.plenaryLink = this.attach(PLENARY_DOC, this.plenary, {
      synced: (synced) => this.update({ plenarySynced: synced }),
      refused: () => this.update({ admitted: false }),
    });
    if (this.table && this.state.tableAttached) this.attachTable();
  }

  private attach(name: string, document: Y.Doc, on: { synced(synced: boolean): void; refused(): void }): Attached {
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket!,
      name,
      document,
      token: this.token,
      onSynced: () => on.synced(true),
      onClose: () => on.synced(false),
      onAuthenticationFailed: () => on.refused(),
    });
    provider.attach();
    return { provider };
  }

  /**
   * Opens a table's document: first the copy on this device, then, with `sync`, its connection to
   * the room. Without `sync` (the device could not register at the table yet) edits stay on the
   * device until `syncTable`.
   */
  async openTable(teamId: string, sync: boolean): Promise<Y.Doc> {
    if (this.state.tableId !== teamId || !this.table) {
      this.closeTable();
      const doc = new Y.Doc();
      this.table = doc;
      this.update({ tableId: teamId, tableAttached: false, tableSynced: false, tableRefused: false });
      await this.copies.load(this.credential.roomId, tableDocName(teamId), doc);
      if (this.table !== doc) return doc;
    }
    if (sync) this.syncTable();
    return this.table;
  }

  /** Connects the open table's document to the room. */
  syncTable(): void {
    if (!this.table || this.tableLink || this.destroyed) return;
    this.update({ tableAttached: true, tableRefused: false });
    if (this.socket) this.attachTable();
  }

  private attachTable(): void {
    if (!this.table || !this.state.tableId || this.tableLink) return;
    const doc = this.table;
    this.tableLink = this.attach(tableDocName(this.state.tableId), doc, {
      synced: (synced) => this.table === doc && this.update({ tableSynced: synced }),
      refused: () => this.table === doc && this.update({ tableRefused: true }),
    });
  }

  private closeTable(): void {
    this.tableLink?.provider.destroy();
    this.tableLink = null;
    if (this.table) {
      this.copies.drop(this.table);
      this.table.destroy();
    }
    this.table = null;
    this.update({ tableId: null, tableAttached: false, tableSynced: false, tableRefused: false });
  }

  /**
   * A new socket and new connections for the same documents: after a refused table (once the device
   * registered again), or with a new credential, `withTable: false` then, as the room does not know
   * the device's table until it registers (`syncTable` connects it after that).
   */
  reconnect(credential: Credential = this.credential, withTable = true): void {
    if (this.destroyed) return;
    this.credential = credential;
    this.closeSocket();
    this.update({
      admitted: true,
      tableRefused: false,
      connection: 'connecting',
      ...(withTable ? {} : { tableAttached: false, tableSynced: false }),
    });
    this.openSocket();
  }

  /**
   * The device's network went away or came back (the browser says so). Going away, the page says so
   * at once rather than when the socket times out; coming back, it tries at once instead of after the
   * back-off.
   */
  networkChanged(online: boolean): void {
    const socket = this.socket;
    if (!socket) return;
    if (!online) {
      this.update({ connection: 'offline' });
      socket.webSocket?.close();
    } else if (socket.status === 'connected') this.update({ connection: 'online' });
    else void socket.connect();
  }

  /** Stops talking to the room (its answer will not change: the credential is void); the documents stay. */
  suspend(): void {
    this.closeSocket();
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.update({ connection: 'offline', plenarySynced: false, tableSynced: false });
  }

  private closeSocket(): void {
    this.tableLink?.provider.destroy();
    this.plenaryLink?.provider.destroy();
    this.tableLink = null;
    this.plenaryLink = null;
    this.socket?.destroy();
    this.socket = null;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.closeSocket();
    this.closeTable();
    this.copies.drop(this.plenary);
    this.plenary.destroy();
    this.listeners.clear();
  }
}
