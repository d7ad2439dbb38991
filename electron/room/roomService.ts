import { Hocuspocus, type beforeHandleMessagePayload, type connectedPayload, type onAuthenticatePayload } from '@hocuspocus/server';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { networkInterfaces as osNetworkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { plenaryMap } from '../../shared/room/plenaryDoc';
import {
  PLENARY_DOC,
  baseUrl,
  encodeCode,
  isDeviceRequest,
  isJoinRequest,
  joinUrl,
  normaliseCode,
  parseToken,
  roomLimits,
  tableDocName,
  teamOfDoc,
  type ClosedRoomStatus,
  type DeviceInfo,
  type JoinResponse,
  type LanAddress,
  type OpenRoomRequest,
  type OpenRoomStatus,
  type RefusalInfo,
  type RefusalReport,
  type RoomLimits,
  type RoomStatus,
} from '../../shared/room/protocol';
import { hostHeaderOf, lanAddresses, remoteKey, type NetworkInterfaces } from './addresses';
import { MessageType, messageBytes, readEnvelope, syncContentOf } from './messages';
import {
  JoinThrottle,
  PARTICIPANT_PAGE,
  participantFileOf,
  readJsonBody,
  sendJson,
  sendRefusal,
  sendStatus,
  serveFile,
  setCommonHeaders,
} from './participantHttp';
import { RoomStore, type StoredDevice, type StoredRoom } from './roomStore';

// The live room's server (ROOM.md): one room at a time, for one workshop, on the interface the
// facilitator picked. Phones reach it on the ROOM listener (the participant page, the join exchange
// and their Yjs socket); the host page's bridge reaches it on the HOST listener, on loopback only.
// Hocuspocus does the Yjs sync; everything a stranger could abuse is judged here first: headers,
// tokens, which documents, message rate and size, document size. Node only: main runs it, and so
// does the browser edition's dev server (vitePlugin.ts) and the tests.

export interface RoomServiceOptions {
  dataDir: string;
  /** The built renderer (`out/renderer`); the participant page is `participant/index.html` in it. */
  participantRoot: string;
  /** Origins whose pages may open the host socket (the app's own page). */
  hostOrigins: string[];
  networkInterfaces?: () => NetworkInterfaces;
  limits?: Partial<RoomLimits>;
  /** For the room's own times (joined, last seen, refusals, the join throttle). */
  now?: () => number;
}

/** WebSocket close codes a device may see (4000–4999 are the application's). */
export const closeCodes = {
  /** Credential void: the device was removed, or the facilitator made a new code. */
  credentialVoid: 4401,
  /** Too many failed authentications on one socket. */
  unauthenticated: 4403,
  /** A document no longer allowed (the device changed tables). */
  forbiddenDocument: 4404,
  documentTooLarge: 4413,
  /** Too many messages in one second (or before authentication). */
  tooManyMessages: 1008,
  malformed: 1007,
} as const;

type ListenerKind = 'room' | 'host';

interface PendingBudget {
  messages: number;
  bytes: number;
}

/** One WebSocket, on either listener. */
interface Peer {
  readonly kind: ListenerKind;
  readonly ws: GatedWebSocket;
  readonly remote: string;
  readonly openedAt: number;
  /** Set by the first device token this socket authenticated with; one device per socket. */
  deviceId: string | undefined;
  /** Documents this socket may use, and whether read-only. */
  readonly authorized: Map<string, boolean>;
  /** Messages Hocuspocus queues for a document until it is authenticated: bounded. */
  readonly pending: Map<string, PendingBudget>;
  authFailures: number;
  windowStart: number;
  windowCount: number;
  lastActivity: number;
  cut: boolean;
}

interface LiveDevice extends StoredDevice {
  readonly peers: Set<Peer>;
}

interface LiveRoom {
  readonly workshopId: string;
  readonly roomId: string;
  code: string;
  readonly address: string;
  port: number;
  readonly hostSecret: string;
  hostPort: number;
  readonly devices: Map<string, LiveDevice>;
  readonly hocuspocus: Hocuspocus;
  readonly roomServer: Server;
  readonly hostServer: Server;
  readonly roomSockets: WebSocketServer;
  readonly hostSockets: WebSocketServer;
  /** Every TCP socket of both listeners, so that closing cuts them all at once. */
  readonly rawSockets: Set<Socket>;
  readonly peers: Set<Peer>;
  connections: number;
  hostConnections: number;
  readonly perAddress: Map<string, number>;
  /** Each document's encoded size: exact when loaded and stored, plus what was accepted since. */
  readonly docSizes: Map<string, number>;
  /** The device whose updates first brought each Yjs client's items: who sent a record the bridge refused. */
  readonly writers: Map<number, string>;
  /** False once closing or stopping: no request, socket or message is taken any more. */
  accepting: boolean;
  /** False once the room is no longer this service's: its late store hooks write nothing. */
  active: boolean;
  readonly throttle: JoinThrottle;
  heartbeat: ReturnType<typeof setInterval> | undefined;
}

/** `ws` hands every frame to `emit('message')`: this subclass lets the room drop a message before Hocuspocus sees it. */
class GatedWebSocket extends WebSocket {
  gate: ((data: unknown, isBinary: boolean) => boolean) | undefined;
  /** Messages that passed the gate once: Hocuspocus re-emits the ones it queued during authentication. */
  private readonly passed = new WeakSet<object>();

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'message' && this.gate) {
      const data = args[0];
      const seen = typeof data === 'object' && data !== null && this.passed.has(data);
      if (!seen) {
        if (!this.gate(data, args[1] === true)) return false;
        if (typeof data === 'object' && data !== null) this.passed.add(data);
      }
    }
    return super.emit(event, ...args);
  }
}

const STATUS_INTERVAL_MS = 250;
const MAX_REFUSALS = 50;
/** The same refusal of the same device within this time is one entry (a reconnecting phone repeats it). */
const REFUSAL_REPEAT_MS = 10_000;
const MAX_AUTH_FAILURES = 5;
const MAX_HOST_CONNECTIONS = 16;
/** What a socket may send before its documents are authenticated (the provider sends three messages a document). */
const PENDING_MESSAGES = 64;
const PENDING_DOCUMENTS = 16;
/** Hocuspocus pings every 30 s; a socket silent for longer than two pings is gone (a phone that left). */
const SILENT_AFTER_MS = 70_000;
/** A socket that authenticated nothing by then is cut. */
const AUTH_DEADLINE_MS = 15_000;
const HEARTBEAT_MS = 5_000;
/** Yjs clients remembered per room (a phone's page makes a new one each time it loads). */
const MAX_WRITERS = 10_000;
const NEVER = () => new Promise<void>(() => undefined);

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Equal strings, compared in constant time for strings of equal length. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

function newRoomCode(): string {
  return encodeCode(randomBytes(16));
}

function listenErrorCode(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES' ? 'address-in-use' : 'address-unavailable';
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host, port, exclusive: true });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** A refusal for Hocuspocus's `onAuthenticate`: the reason reaches the client as "permission denied", nothing is logged. */
function authRefusal(reason: string): Error {
  return Object.assign(new Error(), { reason });
}

export class RoomService {
  private readonly store: RoomStore;
  private readonly participantRoot: string;
  private hostOrigins: Set<string>;
  private readonly networkInterfaces: () => NetworkInterfaces;
  private readonly limits: RoomLimits;
  private readonly now: () => number;

  private room: LiveRoom | undefined;
  private refusals: RefusalInfo[] = [];
  /** The workshop whose room the refusals are about: kept over a stop and resume, not into another room. */
  private refusalsOf: string | undefined;
  private lastError: string | undefined;
  private resumable: Promise<ClosedRoomStatus['resumable'] | null> | undefined;
  /** Open, close, stop and the rest run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  private readonly listeners = new Set<(status: RoomStatus) => void>();
  private version = 0;
  private lastEmit = 0;
  private emitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RoomServiceOptions) {
    this.store = new RoomStore(options.dataDir);
    this.participantRoot = options.participantRoot;
    this.hostOrigins = new Set(options.hostOrigins);
    this.networkInterfaces = options.networkInterfaces ?? osNetworkInterfaces;
    this.limits = { ...roomLimits, ...options.limits };
    this.now = options.now ?? Date.now;
  }

  setHostOrigins(origins: string[]): void {
    this.hostOrigins = new Set(origins);
  }

  /** Grows with every change of the status (the browser edition's long poll waits for it). */
  get statusVersion(): number {
    return this.version;
  }

  /** A room is open (listening). */
  get isOpen(): boolean {
    return this.room !== undefined;
  }

  addresses(): LanAddress[] {
    return lanAddresses(this.networkInterfaces());
  }

  async status(): Promise<RoomStatus> {
    return this.room ? this.openStatus(this.room) : this.closedStatus();
  }

  /** Called on every change, at most about four times a second, with the status at that moment. */
  onStatus(listener: (status: RoomStatus) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Opens the workshop's room, resuming its code, devices and documents when it had one. While a
   * room is open, opening another workshop's is refused (`other-room`, the open room goes
   * on); opening the same workshop again answers its status, or moves it to another address.
   */
  open(request: OpenRoomRequest): Promise<RoomStatus> {
    return this.serial(() => this.openNow(request));
  }

  /** The room is gone: every socket cut, both listeners stopped, its folder (documents, devices, code) deleted. */
  close(): Promise<RoomStatus> {
    return this.serial(async () => {
      this.lastError = undefined;
      if (this.room) await this.shutDown(this.room, 'discard');
      else {
        // No room open: closing discards the one that could be resumed.
        const resumable = await this.store.findResumable();
        if (resumable) await this.store.remove(resumable.workshopId);
        this.resumable = undefined;
        this.changed();
      }
      return this.status();
    });
  }

  /**
   * At the app's start: a room that was still listening when the app (or the browser edition's page
   * server) died is opened again, on its address and, when free, its port, with its code, devices and
   * documents, so the phones reconnect by themselves. A room the app stopped on the way out waits for
   * the facilitator. Resolves with the status either way.
   */
  recover(): Promise<RoomStatus> {
    return this.serial(async () => {
      if (this.room) return this.status();
      const crashed = await this.store.findResumable();
      if (!crashed?.listening) return this.status();
      const status = await this.openNow({ workshopId: crashed.workshopId, address: crashed.address });
      if (status.state === 'open') console.warn(`[room] the room of ${crashed.workshopId} was open when the app stopped: opened again`);
      return status;
    });
  }

  /** The app quits: every document written, listeners stopped, sockets cut; the files stay, so the next open resumes. */
  stop(): Promise<void> {
    return this.serial(async () => {
      if (this.room) await this.shutDown(this.room, 'keep');
      if (this.emitTimer) clearTimeout(this.emitTimer);
      this.emitTimer = undefined;
    });
  }

  /** A new code: every device removed (their credentials void, their sockets cut); documents and room stay. */
  newCode(): Promise<RoomStatus> {
    return this.serial(async () => {
      const room = this.room;
      if (room) {
        room.code = newRoomCode();
        for (const device of room.devices.values()) for (const peer of device.peers) this.cut(peer, closeCodes.credentialVoid, 'new-code');
        room.devices.clear();
        await this.persist(room);
        this.changed();
      }
      return this.status();
    });
  }

  removeDevice(deviceId: string): Promise<RoomStatus> {
    return this.serial(async () => {
      const room = this.room;
      const device = room?.devices.get(deviceId);
      if (room && device) {
        room.devices.delete(deviceId);
        for (const peer of device.peers) this.cut(peer, closeCodes.credentialVoid, 'removed');
        await this.persist(room);
        this.changed();
      }
      return this.status();
    });
  }

  /** The host page's bridge refused a record a device sent: the device is named by the Yjs clients that wrote it. */
  async reportRefusal(report: RefusalReport): Promise<void> {
    const room = this.room;
    if (!room) return;
    const devices = new Set((report.writers ?? []).flatMap((client) => room.writers.get(client) ?? []));
    if (report.deviceId !== undefined || devices.size === 0) return this.refuse(report.reason, report.deviceId, report.detail);
    for (const deviceId of devices) this.refuse(report.reason, deviceId, report.detail);
  }

  // --- Lifecycle -------------------------------------------------------------------------------------

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async openNow(request: OpenRoomRequest): Promise<RoomStatus> {
    const current = this.room;
    if (current) {
      if (current.workshopId !== request.workshopId) return { state: 'closed', error: 'other-room' };
      if (current.address === request.address && (request.port === undefined || request.port === current.port))
        return this.openStatus(current);
      // The same room on another address: stop it here, keeping its files, and resume it there.
      await this.shutDown(current, 'keep');
    }
    if (!this.addresses().some((entry) => entry.address === request.address)) return this.failOpen('address-unavailable');
    if (!(await isFile(join(this.participantRoot, PARTICIPANT_PAGE)))) return this.failOpen('no-participant-page');

    const stored = await this.store.read(request.workshopId);
    const room = this.createRoom(request, stored);
    try {
      room.port = await this.listenRoom(room, request.port, stored?.port);
      room.hostPort = await listen(room.hostServer, '127.0.0.1', 0);
    } catch (error) {
      await this.release(room);
      return this.failOpen(listenErrorCode(error));
    }
    try {
      await this.store.setAsideOthers(room.workshopId);
      await this.store.write(this.snapshot(room));
    } catch {
      await this.release(room);
      return this.failOpen('storage-unavailable');
    }
    room.heartbeat = setInterval(() => this.heartbeat(room), HEARTBEAT_MS);
    room.heartbeat.unref();
    this.room = room;
    this.lastError = undefined;
    this.resumable = undefined;
    if (this.refusalsOf !== room.workshopId) this.refusals = [];
    this.refusalsOf = room.workshopId;
    this.changed();
    return this.openStatus(room);
  }

  private async listenRoom(room: LiveRoom, requested: number | undefined, previous: number | undefined): Promise<number> {
    if (requested !== undefined) return listen(room.roomServer, room.address, requested);
    if (previous !== undefined) {
      try {
        return await listen(room.roomServer, room.address, previous);
      } catch (error) {
        if (listenErrorCode(error) !== 'address-in-use') throw error;
      }
    }
    return listen(room.roomServer, room.address, 0);
  }

  private failOpen(error: string): Promise<RoomStatus> {
    this.lastError = error;
    this.resumable = undefined;
    this.changed();
    return this.status();
  }

  private createRoom(request: OpenRoomRequest, stored: StoredRoom | null): LiveRoom {
    const serverOptions = { requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 };
    const devices = new Map<string, LiveDevice>(
      (stored?.devices ?? []).map((device) => [device.id, { ...device, peers: new Set<Peer>() }]),
    );
    const room: LiveRoom = {
      workshopId: request.workshopId,
      roomId: stored?.roomId ?? randomId(12),
      code: stored?.code ?? newRoomCode(),
      address: request.address,
      port: 0,
      hostSecret: randomId(24),
      hostPort: 0,
      devices,
      hocuspocus: undefined as unknown as Hocuspocus,
      roomServer: createServer(serverOptions, (req, res) => {
        this.handleRoomRequest(room, req, res).catch(() => res.destroy());
      }),
      hostServer: createServer(serverOptions, (_req, res) => sendStatus(res, 404)),
      roomSockets: new WebSocketServer({
        noServer: true,
        clientTracking: false,
        perMessageDeflate: false,
        maxPayload: this.limits.maxMessageBytes,
        WebSocket: GatedWebSocket,
      }),
      // The host sends whole documents when it (re)connects; its limit is the document's.
      hostSockets: new WebSocketServer({
        noServer: true,
        clientTracking: false,
        perMessageDeflate: false,
        maxPayload: this.limits.maxDocumentBytes + 64 * 1024,
        WebSocket: GatedWebSocket,
      }),
      rawSockets: new Set(),
      peers: new Set(),
      connections: 0,
      hostConnections: 0,
      perAddress: new Map(),
      docSizes: new Map(),
      writers: new Map(),
      accepting: true,
      active: true,
      throttle: new JoinThrottle(this.limits.failedJoinsPerAddress, this.limits.failedJoinWindowMs, this.now),
      heartbeat: undefined,
    };
    (room as { hocuspocus: Hocuspocus }).hocuspocus = this.createHocuspocus(room);
    const maxSockets = Math.max(this.limits.maxConnections * 2, 64);
    for (const [server, kind] of [
      [room.roomServer, 'room'],
      [room.hostServer, 'host'],
    ] as const) {
      server.maxConnections = maxSockets;
      server.on('connection', (socket: Socket) => {
        room.rawSockets.add(socket);
        socket.once('close', () => room.rawSockets.delete(socket));
      });
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.handleUpgrade(room, kind, req, socket, head));
      server.on('clientError', (_error, socket: Duplex) => socket.destroy());
    }
    return room;
  }

  private createHocuspocus(room: LiveRoom): Hocuspocus {
    return new Hocuspocus({
      name: 'actieplaat-room',
      quiet: true,
      debounce: 300,
      maxDebounce: 1500,
      timeout: 30_000,
      onAuthenticate: async (data: onAuthenticatePayload) => this.authenticate(room, data),
      connected: async (data: connectedPayload) => {
        // A table change can land between authentication and the connection: check again.
        const peer = (data.context as { peer: Peer }).peer;
        if (!this.stillAllowed(room, peer, data.documentName))
          data.connection.close({ code: closeCodes.forbiddenDocument, reason: 'forbidden-document' });
      },
      onLoadDocument: async ({ documentName, document }) => {
        const bytes = await this.store.readDoc(room.workshopId, documentName);
        if (bytes) Y.applyUpdate(document, bytes);
        room.docSizes.set(documentName, bytes?.byteLength ?? 0);
      },
      onStoreDocument: async ({ documentName, document }) => {
        if (!room.active) return;
        const bytes = Y.encodeStateAsUpdate(document);
        room.docSizes.set(documentName, bytes.byteLength);
        // A failed write is logged, not thrown: Hocuspocus would leave the rejection unhandled. The
        // next change writes the whole document again.
        await this.store
          .writeDoc(room.workshopId, documentName, bytes)
          .catch((error: unknown) => console.error('[room] could not write a document', documentName, error));
      },
      beforeHandleMessage: (data: beforeHandleMessagePayload) => this.beforeMessage(room, data),
    });
  }

  /**
   * `keep` (app quit, moving the room): every loaded document written first, the room's file kept
   * with `open: true`. `discard` (close): nothing written, the folder deleted.
   */
  private async shutDown(room: LiveRoom, mode: 'keep' | 'discard'): Promise<void> {
    room.accepting = false;
    if (mode === 'keep') {
      const writes: Promise<void>[] = [];
      for (const [name, document] of room.hocuspocus.documents) {
        if (!document.isLoading) writes.push(this.store.writeDoc(room.workshopId, name, Y.encodeStateAsUpdate(document)));
      }
      await Promise.allSettled(writes);
    }
    room.active = false;
    await this.release(room);
    if (this.room === room) this.room = undefined;
    if (mode === 'keep') await this.store.write({ ...this.snapshot(room), listening: false }).catch(() => undefined);
    else {
      await this.store.remove(room.workshopId).catch(() => undefined);
      this.refusals = [];
    }
    this.resumable = undefined;
    this.changed();
  }

  /** Cuts every socket and stops both listeners. */
  private async release(room: LiveRoom): Promise<void> {
    room.accepting = false;
    if (room.heartbeat) clearInterval(room.heartbeat);
    for (const peer of room.peers) {
      peer.cut = true;
      peer.ws.terminate();
    }
    for (const socket of room.rawSockets) socket.destroy();
    await Promise.all([closeServer(room.roomServer), closeServer(room.hostServer)]);
    room.roomSockets.close();
    room.hostSockets.close();
  }

  private snapshot(room: LiveRoom): StoredRoom {
    return {
      version: 1,
      workshopId: room.workshopId,
      roomId: room.roomId,
      code: room.code,
      address: room.address,
      port: room.port,
      hostSecret: room.hostSecret,
      devices: [...room.devices.values()].map(({ peers: _peers, ...device }) => device),
      open: true,
      listening: true,
    };
  }

  private async persist(room: LiveRoom): Promise<void> {
    if (!room.active) return;
    await this.store.write(this.snapshot(room)).catch((error: unknown) => console.error('[room] could not write the room file', error));
  }

  private heartbeat(room: LiveRoom): void {
    const now = Date.now();
    for (const peer of room.peers) {
      if (peer.cut) continue;
      if (now - peer.lastActivity > SILENT_AFTER_MS) {
        peer.cut = true;
        peer.ws.terminate();
      } else if (peer.authorized.size === 0 && now - peer.openedAt > AUTH_DEADLINE_MS)
        this.cut(peer, closeCodes.unauthenticated, 'unauthenticated');
    }
  }

  // --- Status ------------------------------------------------------------------------------------------

  private openStatus(room: LiveRoom): OpenRoomStatus {
    return {
      state: 'open',
      workshopId: room.workshopId,
      roomId: room.roomId,
      address: room.address,
      port: room.port,
      joinUrl: joinUrl(room.address, room.port, room.code),
      code: room.code,
      hostUrl: `ws://127.0.0.1:${room.hostPort}/sync`,
      hostToken: `h.${room.hostSecret}`,
      devices: [...room.devices.values()]
        .sort((a, b) => a.joinedAt - b.joinedAt)
        .map((device): DeviceInfo => ({
          id: device.id,
          name: device.name,
          tableId: device.tableId,
          ...(device.participantId !== undefined ? { participantId: device.participantId } : {}),
          online: device.peers.size > 0,
          lastSeen: device.lastSeen,
          joinedAt: device.joinedAt,
        })),
      refusals: [...this.refusals],
    };
  }

  private async closedStatus(): Promise<ClosedRoomStatus> {
    this.resumable ??= this.store
      .findResumable()
      .then((room) => (room ? { workshopId: room.workshopId, address: room.address, port: room.port } : null));
    const resumable = await this.resumable;
    return { state: 'closed', ...(resumable ? { resumable } : {}), ...(this.lastError ? { error: this.lastError } : {}) };
  }

  private changed(): void {
    this.version += 1;
    if (this.emitTimer) return;
    const wait = Math.max(0, this.lastEmit + STATUS_INTERVAL_MS - Date.now());
    this.emitTimer = setTimeout(() => {
      this.emitTimer = undefined;
      this.lastEmit = Date.now();
      if (this.listeners.size === 0) return;
      void this.status().then((status) => {
        for (const listener of this.listeners) {
          try {
            listener(status);
          } catch (error) {
            console.error('[room] a status listener failed', error);
          }
        }
      });
    }, wait);
  }

  private refuse(reason: string, deviceId?: string, detail?: string): void {
    const at = this.now();
    const repeated = this.refusals.find(
      (entry) => entry.reason === reason && entry.deviceId === deviceId && at - entry.at < REFUSAL_REPEAT_MS,
    );
    if (repeated) return;
    const entry: RefusalInfo = { at, reason, ...(deviceId ? { deviceId } : {}), ...(detail ? { detail: detail.slice(0, 200) } : {}) };
    this.refusals = [entry, ...this.refusals].slice(0, MAX_REFUSALS);
    this.changed();
  }

  private touch(device: LiveDevice): void {
    const now = this.now();
    if (now - device.lastSeen < 1000) return;
    device.lastSeen = now;
    this.changed();
  }

  // --- HTTP on the room listener -------------------------------------------------------------------

  private async handleRoomRequest(room: LiveRoom, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostHeader = hostHeaderOf(room.address, room.port);
    setCommonHeaders(response, hostHeader);
    if (!room.accepting) return sendStatus(response, 503);
    // DNS rebinding: a page on another name that resolves to this address is not this room.
    if ((request.headers.host ?? '').toLowerCase() !== hostHeader.toLowerCase()) return sendStatus(response, 403);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'GET' || request.method === 'HEAD') {
      const target = participantFileOf(this.participantRoot, path);
      return target ? serveFile(response, target, request.method === 'HEAD') : sendStatus(response, 404);
    }
    if (path !== '/api/join' && path !== '/api/device') return sendStatus(response, 404);
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return sendStatus(response, 405);
    }
    // Another site's page may post here too (its Origin says so): only the room's own page may.
    if ((request.headers.origin ?? '').toLowerCase() !== baseUrl(room.address, room.port).toLowerCase())
      return sendRefusal(response, 403, 'bad-request');
    const remote = remoteKey(request.socket.remoteAddress);
    if (room.throttle.isThrottled(remote)) return sendRefusal(response, 429, 'throttled');
    const body = await readJsonBody(request, this.limits.maxRequestBytes);
    if (!body.ok) {
      response.setHeader('Connection', 'close');
      return sendRefusal(response, body.status, 'bad-request');
    }
    if (this.room !== room || !room.accepting) return sendRefusal(response, 503, 'closed');
    // Asked again now that the body is in: requests whose bodies come in together would each get a
    // guess past the limit otherwise. From here to the throttle's count nothing waits.
    if (room.throttle.isThrottled(remote)) return sendRefusal(response, 429, 'throttled');
    return path === '/api/join' ? this.join(room, remote, body.value, response) : this.registerDevice(room, remote, body.value, response);
  }

  private async join(room: LiveRoom, remote: string, body: unknown, response: ServerResponse): Promise<void> {
    if (!isJoinRequest(body)) return sendRefusal(response, 400, 'bad-request');
    const code = normaliseCode(body.code) ?? '';
    if (!sameSecret(code, room.code)) {
      room.throttle.fail(remote);
      this.refuse('wrong-code', undefined, remote);
      return sendRefusal(response, 403, 'wrong-code');
    }
    if (room.devices.size >= this.limits.maxDevices) return sendRefusal(response, 503, 'room-full');
    const credential = randomId(16);
    const now = this.now();
    const device: LiveDevice = {
      id: randomId(9),
      credentialHash: sha256(credential),
      name: '',
      tableId: null,
      joinedAt: now,
      lastSeen: now,
      peers: new Set(),
    };
    room.devices.set(device.id, device);
    await this.persist(room);
    this.changed();
    sendJson(response, 200, { roomId: room.roomId, deviceId: device.id, credential } satisfies JoinResponse);
  }

  private async registerDevice(room: LiveRoom, remote: string, body: unknown, response: ServerResponse): Promise<void> {
    if (!isDeviceRequest(body)) return sendRefusal(response, 400, 'bad-request');
    const device = this.deviceByCredential(room, body.credential);
    if (!device) {
      room.throttle.fail(remote);
      this.refuse('unknown-device', undefined, remote);
      return sendRefusal(response, 403, 'unknown-device');
    }
    // Only the workshop's tables: a document of another name would be stored here and read by no one.
    if (!this.hasTable(room, body.tableId)) return sendRefusal(response, 404, 'unknown-table');
    const previousTable = device.tableId;
    device.tableId = body.tableId;
    device.name = body.name;
    if (body.participantId !== undefined) device.participantId = body.participantId;
    else delete device.participantId;
    device.lastSeen = this.now();
    if (previousTable !== null && previousTable !== body.tableId) this.leaveDocument(room, device, tableDocName(previousTable));
    await this.persist(room);
    this.changed();
    sendJson(response, 200, { ok: true });
  }

  /** Whether the workshop has the table, as the host's plenary document says; any table until the host has written it. */
  private hasTable(room: LiveRoom, tableId: string): boolean {
    const plenary = room.hocuspocus.documents.get(PLENARY_DOC);
    const teams = plenary ? plenaryMap(plenary).get('teams') : undefined;
    return !Array.isArray(teams) || teams.some((team: unknown) => (team as { id?: unknown } | null)?.id === tableId);
  }

  private deviceByCredential(room: LiveRoom, credential: string): LiveDevice | undefined {
    const hash = sha256(credential);
    let found: LiveDevice | undefined;
    for (const device of room.devices.values()) if (sameSecret(hash, device.credentialHash)) found = device;
    return found;
  }

  /** The device's sockets lose a document at once (it moved to another table). */
  private leaveDocument(room: LiveRoom, device: LiveDevice, documentName: string): void {
    for (const peer of device.peers) {
      peer.authorized.delete(documentName);
      const entry = room.hocuspocus.documents.get(documentName)?.connections.get(peer.ws);
      entry?.connection.close({ code: closeCodes.forbiddenDocument, reason: 'table-changed' });
    }
  }

  // --- WebSockets ------------------------------------------------------------------------------------

  private handleUpgrade(room: LiveRoom, kind: ListenerKind, request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    if (!room.accepting) return refuseUpgrade(socket, 503, 'Service Unavailable');
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/sync') return refuseUpgrade(socket, 404, 'Not Found');
    const host = (request.headers.host ?? '').toLowerCase();
    const origin = request.headers.origin ?? '';
    if (kind === 'room') {
      if (host !== hostHeaderOf(room.address, room.port).toLowerCase()) {
        this.refuse('bad-host', undefined, request.headers.host);
        return refuseUpgrade(socket, 403, 'Forbidden');
      }
      if (origin.toLowerCase() !== baseUrl(room.address, room.port).toLowerCase()) {
        this.refuse('bad-origin', undefined, origin || 'none');
        return refuseUpgrade(socket, 403, 'Forbidden');
      }
    } else if (host !== `127.0.0.1:${room.hostPort}` || !this.hostOrigins.has(origin)) {
      this.refuse('bad-origin', undefined, `host socket: ${origin || 'none'}`);
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    const remote = remoteKey(request.socket.remoteAddress);
    if (room.connections >= this.limits.maxConnections) {
      this.refuse('too-many-connections', undefined, 'in all');
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    const fromAddress = room.perAddress.get(remote) ?? 0;
    if (kind === 'room' && fromAddress >= this.limits.maxConnectionsPerAddress) {
      this.refuse('too-many-connections', undefined, remote);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    if (kind === 'host' && room.hostConnections >= MAX_HOST_CONNECTIONS) {
      this.refuse('too-many-connections', undefined, 'host socket');
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    room.connections += 1;
    if (kind === 'room') room.perAddress.set(remote, fromAddress + 1);
    else room.hostConnections += 1;
    socket.once('close', () => {
      room.connections -= 1;
      if (kind === 'host') room.hostConnections -= 1;
      else {
        const left = (room.perAddress.get(remote) ?? 1) - 1;
        if (left > 0) room.perAddress.set(remote, left);
        else room.perAddress.delete(remote);
      }
    });
    const server = kind === 'room' ? room.roomSockets : room.hostSockets;
    server.handleUpgrade(request, socket, head, (ws) => this.accept(room, kind, ws as GatedWebSocket, request, remote));
  }

  private accept(room: LiveRoom, kind: ListenerKind, ws: GatedWebSocket, request: IncomingMessage, remote: string): void {
    const now = Date.now();
    const peer: Peer = {
      kind,
      ws,
      remote,
      openedAt: now,
      deviceId: undefined,
      authorized: new Map(),
      pending: new Map(),
      authFailures: 0,
      windowStart: now,
      windowCount: 0,
      lastActivity: now,
      cut: false,
    };
    room.peers.add(peer);
    ws.gate = (data, isBinary) => this.gate(room, peer, data, isBinary);
    // `ws` closes the socket itself after a protocol error (1009 for a message over maxPayload).
    ws.on('error', (error: Error & { code?: string }) => {
      peer.cut = true;
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.refuse('oversized-message', peer.deviceId, error.message);
      else if (error.code?.startsWith('WS_ERR_')) this.refuse('malformed', peer.deviceId, error.code);
    });
    ws.on('pong', () => void (peer.lastActivity = Date.now()));
    ws.once('close', () => {
      peer.cut = true;
      room.peers.delete(peer);
      const device = peer.deviceId ? room.devices.get(peer.deviceId) : undefined;
      if (device?.peers.delete(peer) && device.peers.size === 0) this.changed();
    });
    if (!room.accepting) {
      ws.terminate();
      return;
    }
    room.hocuspocus.handleConnection(ws, request, { peer });
  }

  /** Closes a socket; one that does not answer the close is destroyed a second later. */
  private cut(peer: Peer, code: number, reason: string): void {
    if (peer.cut) return;
    peer.cut = true;
    try {
      peer.ws.close(code, reason);
    } catch {
      peer.ws.terminate();
    }
    setTimeout(() => peer.ws.terminate(), 1000).unref();
  }

  /** Every message, before Hocuspocus: the socket's rate, the envelope, what may wait for authentication. */
  private gate(room: LiveRoom, peer: Peer, data: unknown, isBinary: boolean): boolean {
    if (peer.cut || !room.accepting) return false;
    const now = Date.now();
    peer.lastActivity = now;
    if (peer.kind === 'room') {
      if (now - peer.windowStart >= 1000) {
        peer.windowStart = now;
        peer.windowCount = 0;
      }
      peer.windowCount += 1;
      if (peer.windowCount > this.limits.maxMessagesPerSecond) {
        this.refuse('too-many-messages', peer.deviceId);
        this.cut(peer, closeCodes.tooManyMessages, 'too-many-messages');
        return false;
      }
    }
    const bytes = isBinary ? messageBytes(data) : null;
    const envelope = bytes ? readEnvelope(bytes) : null;
    if (!bytes || !envelope) {
      this.refuse('malformed', peer.deviceId);
      this.cut(peer, closeCodes.malformed, 'malformed');
      return false;
    }
    // Devices talk to the documents only; messages to every other device are the host's.
    if (peer.kind === 'room' && (envelope.type === MessageType.Stateless || envelope.type === MessageType.BroadcastStateless)) return false;
    if (!peer.authorized.has(envelope.documentName) && !this.mayWait(peer, envelope.documentName, bytes.byteLength)) {
      this.refuse('too-many-messages', peer.deviceId, 'before authentication');
      this.cut(peer, closeCodes.tooManyMessages, 'too-many-messages');
      return false;
    }
    const device = peer.deviceId ? room.devices.get(peer.deviceId) : undefined;
    if (device) this.touch(device);
    return true;
  }

  /** Hocuspocus keeps a document's messages until it is authenticated: a few, not a flood. */
  private mayWait(peer: Peer, documentName: string, size: number): boolean {
    let budget = peer.pending.get(documentName);
    if (!budget) {
      if (peer.pending.size >= PENDING_DOCUMENTS) return false;
      budget = { messages: 0, bytes: 0 };
      peer.pending.set(documentName, budget);
    }
    budget.messages += 1;
    budget.bytes += size;
    return budget.messages <= PENDING_MESSAGES && budget.bytes <= 2 * this.limits.maxMessageBytes;
  }

  private authenticate(room: LiveRoom, data: onAuthenticatePayload): void {
    const peer = (data.context as { peer: Peer }).peer;
    const verdict = this.verdict(room, peer, data.token, data.documentName);
    if (verdict.ok) {
      peer.authorized.set(data.documentName, verdict.readOnly);
      peer.pending.delete(data.documentName);
      data.connectionConfig.readOnly = verdict.readOnly;
      return;
    }
    peer.authFailures += 1;
    this.refuse(verdict.reason, peer.deviceId, verdict.detail);
    if (peer.authFailures >= MAX_AUTH_FAILURES) this.cut(peer, closeCodes.unauthenticated, 'unauthenticated');
    throw authRefusal(verdict.reason);
  }

  private verdict(
    room: LiveRoom,
    peer: Peer,
    token: string,
    documentName: string,
  ): { ok: true; readOnly: boolean } | { ok: false; reason: string; detail?: string } {
    if (peer.cut || !room.accepting) return { ok: false, reason: 'closed' };
    const parsed = parseToken(typeof token === 'string' ? token : '');
    const forbidden = { ok: false as const, reason: 'forbidden-document', detail: documentName.slice(0, 100) };
    if (peer.kind === 'host') {
      if (parsed?.kind !== 'host' || !sameSecret(parsed.secret, room.hostSecret))
        return { ok: false, reason: 'unauthenticated', detail: 'host socket' };
      return documentName === PLENARY_DOC || teamOfDoc(documentName) !== null ? { ok: true, readOnly: false } : forbidden;
    }
    // The host's token is good on the host listener only; a device's on the room listener only.
    if (parsed?.kind !== 'device') return { ok: false, reason: 'unauthenticated', detail: peer.remote };
    const device = room.devices.get(parsed.deviceId);
    if (!device || !sameSecret(sha256(parsed.secret), device.credentialHash))
      return { ok: false, reason: 'unknown-device', detail: parsed.deviceId.slice(0, 40) };
    if (peer.deviceId !== undefined && peer.deviceId !== device.id)
      return { ok: false, reason: 'unauthenticated', detail: 'two devices on one socket' };
    if (peer.deviceId === undefined) {
      peer.deviceId = device.id;
      device.peers.add(peer);
      this.touch(device);
      this.changed();
    }
    if (documentName === PLENARY_DOC) return { ok: true, readOnly: true };
    if (device.tableId !== null && documentName === tableDocName(device.tableId)) return { ok: true, readOnly: false };
    return forbidden;
  }

  /** Whether the socket may still use the document: its device may have been removed or moved since. */
  private stillAllowed(room: LiveRoom, peer: Peer, documentName: string): boolean {
    if (peer.cut || !peer.authorized.has(documentName)) return false;
    if (peer.kind === 'host') return true;
    const device = peer.deviceId ? room.devices.get(peer.deviceId) : undefined;
    if (!device) return false;
    return documentName === PLENARY_DOC || (device.tableId !== null && documentName === tableDocName(device.tableId));
  }

  /**
   * Every message on an authenticated document, in order, before Hocuspocus applies it: still
   * allowed, and within the document's size. A refused message is never applied (the returned
   * promise never settles) and its socket is cut.
   */
  private beforeMessage(room: LiveRoom, data: beforeHandleMessagePayload): Promise<void> {
    const peer = (data.context as { peer: Peer }).peer;
    if (!room.accepting || peer.cut) return NEVER();
    if (!this.stillAllowed(room, peer, data.documentName)) {
      data.connection.close({ code: closeCodes.forbiddenDocument, reason: 'forbidden-document' });
      return NEVER();
    }
    const content = syncContentOf(data.update);
    if (content.kind === 'other') return Promise.resolve();
    let growth: number;
    let clients: Iterable<number>;
    try {
      if (content.kind === 'malformed') throw new Error('malformed');
      // Only what the document lacks grows it: a reconnecting phone resends everything it has.
      const lacking = Y.diffUpdate(content.update, Y.encodeStateVector(data.document));
      growth = lacking.byteLength;
      clients = Y.parseUpdateMeta(lacking).from.keys();
    } catch {
      this.refuse('malformed', peer.deviceId, data.documentName.slice(0, 100));
      this.cut(peer, closeCodes.malformed, 'malformed');
      return NEVER();
    }
    // A read-only connection's update is answered "not applied" by Hocuspocus; it never grows the document.
    if (data.connection.readOnly) return Promise.resolve();
    const size = room.docSizes.get(data.documentName) ?? 0;
    if (size + growth > this.limits.maxDocumentBytes) {
      this.refuse('document-too-large', peer.deviceId, data.documentName.slice(0, 100));
      this.cut(peer, closeCodes.documentTooLarge, 'document-too-large');
      return NEVER();
    }
    room.docSizes.set(data.documentName, size + growth);
    if (peer.deviceId) this.noteWriters(room, clients, peer.deviceId);
    return Promise.resolve();
  }

  /** The first device to send a Yjs client's items is taken as its writer (another cannot claim it later). */
  private noteWriters(room: LiveRoom, clients: Iterable<number>, deviceId: string): void {
    for (const client of clients) {
      if (room.writers.has(client)) continue;
      if (room.writers.size >= MAX_WRITERS) room.writers.delete(room.writers.keys().next().value!);
      room.writers.set(client, deviceId);
    }
  }
}
