/**
 * A small stand-in for the room server (electron/room), built to the same contract
 * (shared/room/protocol.ts): `POST /api/join`, `POST /api/device`, the Yjs socket on `/sync` with a
 * device token per document, the plenary read-only for devices and a table only for the device
 * registered there. For the participant page's unit tests, independent of the real server's state
 * (participantHarness.ts drives the real one); not a security reference.
 */
import { Hocuspocus } from '@hocuspocus/server';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { PLENARY_DOC, encodeCode, parseToken, teamOfDoc } from '../../shared/room/protocol';

interface Device {
  secret: string;
  tableId: string | null;
  name: string;
  participantId?: string;
}

export interface FakeRoom {
  url: string;
  port: number;
  code: string;
  roomId: string;
  devices: Map<string, Device>;
  /** The server's copy of a document, to write as the host or read what phones sent. */
  document(name: string): Promise<Y.Doc>;
  /** Runs a change on a document as the host. */
  write(name: string, change: (doc: Y.Doc) => void): Promise<void>;
  /** "New code": every credential void, open sockets closed. */
  newCode(): void;
  close(): Promise<void>;
}

export async function startFakeRoom(options: { host?: string; port?: number } = {}): Promise<FakeRoom> {
  const host = options.host ?? '127.0.0.1';
  const devices = new Map<string, Device>();
  let code = encodeCode(randomBytes(16));
  const roomId = randomUUID();
  const hocuspocus = new Hocuspocus({
    quiet: true,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const parsed = parseToken(token);
      const device = parsed?.kind === 'device' ? devices.get(parsed.deviceId) : undefined;
      if (!parsed || parsed.kind !== 'device' || !device || device.secret !== parsed.secret) throw { reason: 'unknown-device' }; // no `message`: Hocuspocus would log it
      if (documentName === PLENARY_DOC) connectionConfig.readOnly = true;
      else if (teamOfDoc(documentName) === null || teamOfDoc(documentName) !== device.tableId) throw { reason: 'forbidden-document' };
      return { deviceId: parsed.deviceId };
    },
  });

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  const readBody = async (request: IncomingMessage): Promise<Record<string, unknown> | null> => {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (request.method === 'POST' && path === '/api/join') {
        const body = await readBody(request);
        if (body?.['code'] !== code) return json(response, 403, { refused: 'wrong-code' });
        const deviceId = randomUUID();
        const secret = randomBytes(24).toString('base64url');
        devices.set(deviceId, { secret, tableId: null, name: '' });
        return json(response, 200, { roomId, deviceId, credential: secret });
      }
      if (request.method === 'POST' && path === '/api/device') {
        const body = await readBody(request);
        const entry = [...devices.entries()].find(([, device]) => device.secret === body?.['credential']);
        if (!entry) return json(response, 403, { refused: 'unknown-device' });
        const [, device] = entry;
        device.tableId = String(body?.['tableId']);
        device.name = String(body?.['name'] ?? '');
        device.participantId = typeof body?.['participantId'] === 'string' ? body['participantId'] : undefined;
        return json(response, 200, { ok: true });
      }
      return json(response, 404, { refused: 'bad-request' });
    })();
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== '/sync') return socket.destroy();
    sockets.handleUpgrade(request, socket, head, (ws) => hocuspocus.handleConnection(ws, request));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as { port: number };

  // The host holds every document open, as the real host does, so none is unloaded (and lost: no storage here).
  const held = new Map<string, ReturnType<Hocuspocus['openDirectConnection']>>();
  const direct = (name: string) => {
    if (!held.has(name)) held.set(name, hocuspocus.openDirectConnection(name));
    return held.get(name)!;
  };
  return {
    url: `http://${host}:${port}`,
    port,
    get code() {
      return code;
    },
    roomId,
    devices,
    async document(name) {
      return (await direct(name)).document!;
    },
    async write(name, change) {
      await (await direct(name)).transact((doc) => change(doc));
    },
    newCode() {
      code = encodeCode(randomBytes(16));
      devices.clear();
      for (const ws of sockets.clients) ws.close(4401, 'unauthorized');
    },
    async close() {
      for (const connection of held.values()) await (await connection).disconnect();
      for (const ws of sockets.clients) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
