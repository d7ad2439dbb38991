import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { RoomStatus } from '../../shared/room/protocol';
import { openRoomRequestSchema, removeDeviceRequestSchema, roomRefusalReportSchema } from '../../shared/room/schemas';
import { readJsonBody, sendJson } from './participantHttp';
import type { RoomService } from './roomService';

// The browser edition's way to the room (HostRoom in renderer/host/browserHost.ts): JSON under
// `/__room/` on the page's own server (Vite's dev server or `vite preview`, on loopback). The desktop
// edition uses IPC instead. The page first asks `GET /__room/host` for a secret made at start, then
// sends it as `x-room-secret` with every other call. The secret is handed out only to a request that
// is loopback, names the page's own host in Host (no DNS rebinding), and comes from the page's own
// origin (Sec-Fetch-Site, Origin): another site's page can neither read it nor send it, and no
// answer ever carries CORS headers.
//
//   GET  /__room/host                → { secret }
//   GET  /__room/addresses           → LanAddress[]
//   GET  /__room/status[?after=n]    → { version, status }; with `after`, answers once the version
//                                      passes n, or after 25 s (a long poll)
//   POST /__room/open                → RoomStatus   (body: OpenRoomRequest)
//   POST /__room/close               → RoomStatus
//   POST /__room/new-code            → RoomStatus
//   POST /__room/remove-device       → RoomStatus   (body: { deviceId })
//   POST /__room/report-refusal      → {}           (body: RefusalReport)

export const CONTROL_PREFIX = '/__room/';
const LONG_POLL_MS = 25_000;
const MAX_WAITERS = 32;
const MAX_BODY_BYTES = 16 * 1024;

export interface StatusAnswer {
  version: number;
  status: RoomStatus;
}

export interface ControlApiOptions {
  room: RoomService;
  /** For the tests; otherwise 128 random bits. */
  secret?: string;
  longPollMs?: number;
}

export interface ControlApi {
  readonly secret: string;
  /** Connect-style middleware: answers `/__room/*`, passes everything else on. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  /** Answers every waiting long poll and lets go of the room. */
  close(): void;
}

type Next = () => void;

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** The page's own host, as its Host header names it, or `null` when the request is not the page's own. */
function ownPage(request: IncomingMessage): string | null {
  if (!isLoopback(request.socket.remoteAddress)) return null;
  const port = request.socket.localPort;
  const host = (request.headers.host ?? '').toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return null;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return null;
  const origin = request.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return null;
  return host;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function forbidden(response: ServerResponse): void {
  sendJson(response, 403, { error: 'forbidden' });
}

export function createControlApi({
  room,
  secret = randomBytes(16).toString('base64url'),
  longPollMs = LONG_POLL_MS,
}: ControlApiOptions): ControlApi {
  const waiters = new Set<{ after: number; answer: () => void }>();

  const wake = () => {
    for (const waiter of [...waiters]) if (room.statusVersion > waiter.after) waiter.answer();
  };
  const unsubscribe = room.onStatus(wake);

  const statusAnswer = async (): Promise<StatusAnswer> => ({ version: room.statusVersion, status: await room.status() });

  async function longPoll(response: ServerResponse, after: number): Promise<void> {
    if (room.statusVersion > after || waiters.size >= MAX_WAITERS) return sendJson(response, 200, await statusAnswer());
    await new Promise<void>((resolve) => {
      const waiter = {
        after,
        answer: () => {
          waiters.delete(waiter);
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(waiter.answer, longPollMs);
      waiters.add(waiter);
      response.once('close', waiter.answer);
    });
    if (!response.writableEnded && !response.destroyed) sendJson(response, 200, await statusAnswer());
  }

  async function body<T>(request: IncomingMessage, response: ServerResponse, schema: z.ZodType<T>): Promise<T | null> {
    const read = await readJsonBody(request, MAX_BODY_BYTES);
    const parsed = read.ok ? schema.safeParse(read.value) : null;
    if (!parsed?.success) {
      sendJson(response, read.ok ? 400 : read.status, { error: 'bad-request' });
      return null;
    }
    return parsed.data;
  }

  async function route(request: IncomingMessage, response: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    const method = request.method ?? 'GET';
    const get = method === 'GET';
    const post = method === 'POST';
    if (path === 'addresses' && get) return sendJson(response, 200, room.addresses());
    if (path === 'status' && get) {
      const after = query.get('after');
      if (after === null) return sendJson(response, 200, await statusAnswer());
      const version = Number(after);
      if (!Number.isInteger(version) || version < 0) return sendJson(response, 400, { error: 'bad-request' });
      return longPoll(response, version);
    }
    if (path === 'open' && post) {
      const open = await body(request, response, openRoomRequestSchema);
      if (open) sendJson(response, 200, await room.open(open));
      return;
    }
    if (path === 'close' && post) return sendJson(response, 200, await room.close());
    if (path === 'new-code' && post) return sendJson(response, 200, await room.newCode());
    if (path === 'remove-device' && post) {
      const remove = await body(request, response, removeDeviceRequestSchema);
      if (remove) sendJson(response, 200, await room.removeDevice(remove.deviceId));
      return;
    }
    if (path === 'report-refusal' && post) {
      const report = await body(request, response, roomRefusalReportSchema);
      if (report) {
        await room.reportRefusal(report);
        sendJson(response, 200, {});
      }
      return;
    }
    const known = ['addresses', 'status', 'open', 'close', 'new-code', 'remove-device', 'report-refusal'].includes(path);
    sendJson(response, known ? 405 : 404, { error: known ? 'method-not-allowed' : 'not-found' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    if (ownPage(request) === null) return forbidden(response);
    const url = new URL(request.url ?? '/', 'http://control.invalid');
    const path = url.pathname.slice(CONTROL_PREFIX.length);
    if (path === 'host')
      return request.method === 'GET' ? sendJson(response, 200, { secret }) : sendJson(response, 405, { error: 'method-not-allowed' });
    const given = request.headers['x-room-secret'];
    if (typeof given !== 'string' || !sameSecret(given, secret)) return forbidden(response);
    return route(request, response, path, url.searchParams);
  }

  return {
    secret,
    handle(request, response, next: Next) {
      if (!(request.url ?? '').startsWith(CONTROL_PREFIX)) return next();
      handle(request, response).catch((error: unknown) => {
        console.error('[room] control API', error);
        if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
        else response.destroy();
      });
    },
    close() {
      unsubscribe();
      for (const waiter of [...waiters]) waiter.answer();
    },
  };
}
