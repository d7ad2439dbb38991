/**
 * Clients for tests of the real room server (electron/room): HTTP with chosen headers, Hocuspocus
 * providers over `ws` with an explicit Origin (a browser sets it; a Node client must), and a raw
 * socket that speaks just enough of the wire format to misbehave. Every wait is bounded.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { deviceToken, type JoinResponse, type OpenRoomStatus, type RoomStatus } from '../../shared/room/protocol';

export const HOST_ORIGIN = 'app://actieplaat';

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 3000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function expectOpen(status: RoomStatus): OpenRoomStatus {
  if (status.state !== 'open') throw new Error(`room not open: ${JSON.stringify(status)}`);
  return status;
}

/** A temporary folder tree; `cleanup` removes every one made. */
export class TempFolders {
  private readonly made: string[] = [];

  async make(prefix: string): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), prefix));
    this.made.push(folder);
    return folder;
  }

  /** A built renderer with a tiny participant page and one asset. */
  async participantRoot(): Promise<string> {
    const root = await this.make('actieplaat-room-page-');
    await mkdir(join(root, 'participant'), { recursive: true });
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'participant', 'index.html'), '<!doctype html><script type="module" src="../assets/x.js"></script>');
    await writeFile(join(root, 'assets', 'x.js'), 'console.log("deelnemer");');
    await writeFile(join(root, 'assets', '.verborgen'), 'geheim');
    await writeFile(join(root, 'geheim.txt'), 'geheim');
    return root;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

/** One HTTP request with exactly these headers (Node's fetch would not let a test set Origin or Host freely). */
export function http(
  port: number,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...options.headers },
        timeout: 5000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text) as unknown });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('request timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

export function roomOrigin(status: OpenRoomStatus): string {
  return `http://127.0.0.1:${status.port}`;
}

/** `POST /api/join` as the participant page sends it. */
export async function joinRoom(status: OpenRoomStatus, code = status.code): Promise<JoinResponse> {
  const answer = await http(status.port, 'POST', '/api/join', { headers: { Origin: roomOrigin(status) }, body: { code } });
  if (answer.status !== 200) throw new Error(`join refused: ${answer.status} ${answer.text}`);
  return answer.json() as JoinResponse;
}

export function sitAt(status: OpenRoomStatus, joined: JoinResponse, tableId: string, name = 'Anne'): Promise<HttpAnswer> {
  return http(status.port, 'POST', '/api/device', {
    headers: { Origin: roomOrigin(status) },
    body: { credential: joined.credential, tableId, name },
  });
}

export function tokenOf(joined: JoinResponse): string {
  return deviceToken(joined.deviceId, joined.credential);
}

/** A `ws` WebSocket class that sends these headers, for the provider's `WebSocketPolyfill`. */
export function socketClass(origin: string | undefined, host?: string) {
  return class TestWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { ...(origin ? { origin } : {}), ...(host ? { headers: { Host: host } } : {}) });
      // The provider drops its listeners before closing a socket that is still connecting.
      this.on('error', () => undefined);
    }
  };
}

/** Providers made by a test; `destroy` ends them all (they reconnect forever otherwise). */
export class Clients {
  private readonly providers: { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket }[] = [];
  private readonly raw: WebSocket[] = [];

  provider(
    url: string,
    name: string,
    token: string,
    options: { origin?: string; host?: string; document?: Y.Doc; socket?: HocuspocusProviderWebsocket } = {},
  ): { provider: HocuspocusProvider; doc: Y.Doc; socket: HocuspocusProviderWebsocket; failures: string[] } {
    const socket =
      options.socket ??
      new HocuspocusProviderWebsocket({
        url,
        WebSocketPolyfill: socketClass(options.origin, options.host),
        delay: 200,
        minDelay: 200,
        maxDelay: 1000,
      });
    const doc = options.document ?? new Y.Doc();
    const failures: string[] = [];
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => void failures.push(reason),
    });
    provider.attach();
    this.providers.push({ provider, socket });
    return { provider, doc, socket, failures };
  }

  /** A device's provider on the room listener. */
  device(
    status: OpenRoomStatus,
    name: string,
    token: string,
    options: { origin?: string; host?: string; socket?: HocuspocusProviderWebsocket } = {},
  ) {
    return this.provider(`ws://127.0.0.1:${status.port}/sync`, name, token, { origin: roomOrigin(status), ...options });
  }

  /** The host page's bridge on the host listener. */
  host(status: OpenRoomStatus, name: string, options: { origin?: string; socket?: HocuspocusProviderWebsocket } = {}) {
    return this.provider(status.hostUrl, name, status.hostToken, { origin: HOST_ORIGIN, ...options });
  }

  rawSocket(url: string, headers: { origin?: string; host?: string } = {}): RawSocket {
    const ws = new WebSocket(url, {
      ...(headers.origin ? { origin: headers.origin } : {}),
      ...(headers.host ? { headers: { Host: headers.host } } : {}),
    });
    this.raw.push(ws);
    return new RawSocket(ws);
  }

  destroy(): void {
    for (const { provider, socket } of this.providers.splice(0)) {
      provider.destroy();
      socket.destroy();
    }
    for (const ws of this.raw.splice(0)) ws.terminate();
  }
}

// --- The wire format, just enough to misbehave --------------------------------------------------------

function varUint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}

function varBytes(bytes: Uint8Array): number[] {
  return [...varUint(bytes.length), ...bytes];
}

function varString(text: string): number[] {
  return varBytes(new TextEncoder().encode(text));
}

export const wire = {
  auth: (doc: string, token: string) => new Uint8Array([...varString(doc), 2, 0, ...varString(token)]),
  syncStep1: (doc: string, stateVector: Uint8Array) => new Uint8Array([...varString(doc), 0, 0, ...varBytes(stateVector)]),
  update: (doc: string, update: Uint8Array) => new Uint8Array([...varString(doc), 0, 2, ...varBytes(update)]),
  queryAwareness: (doc: string) => new Uint8Array([...varString(doc), 3]),
};

/** A WebSocket that records what it receives and how it closed. */
export class RawSocket {
  readonly received: Uint8Array[] = [];
  closeCode: number | undefined;
  unexpectedStatus: number | undefined;
  readonly opened: Promise<boolean>;
  readonly closed: Promise<number>;

  constructor(readonly ws: WebSocket) {
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer) => this.received.push(new Uint8Array(data)));
    ws.on('error', () => undefined);
    ws.on('unexpected-response', (_request, response) => {
      this.unexpectedStatus = response.statusCode;
      ws.terminate();
    });
    this.opened = new Promise((resolve) => {
      ws.once('open', () => resolve(true));
      ws.once('close', () => resolve(false));
    });
    this.closed = new Promise((resolve) =>
      ws.once('close', (code: number) => {
        this.closeCode = code;
        resolve(code);
      }),
    );
  }

  send(bytes: Uint8Array): void {
    this.ws.send(bytes);
  }

  /** The message types received for a document (0 sync, 2 auth, 8 sync status, …). */
  typesFor(doc: string): number[] {
    const prefix = varString(doc);
    return this.received
      .filter((message) => prefix.every((byte, index) => message[index] === byte))
      .map((message) => message[prefix.length] ?? -1);
  }

  /** Whether the server said this document's authentication failed (auth message, "permission denied"). */
  deniedFor(doc: string): boolean {
    const prefix = varString(doc);
    return this.received.some(
      (message) =>
        prefix.every((byte, index) => message[index] === byte) && message[prefix.length] === 2 && message[prefix.length + 1] === 1,
    );
  }
}
