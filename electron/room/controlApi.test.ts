import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempFolders, http } from '../../tests/support/roomTestKit';
import { createControlApi, type ControlApi, type StatusAnswer } from './controlApi';
import { RoomService } from './roomService';
import { defaultRoomDir, roomPlugin, type PageServer } from './vitePlugin';

const folders = new TempFolders();
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await folders.cleanup();
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A page server with the control API in front of a handler that says "volgende". */
async function pageServer(longPollMs?: number) {
  const service = new RoomService({
    dataDir: await folders.make('actieplaat-control-'),
    participantRoot: await folders.participantRoot(),
    hostOrigins: [],
  });
  const api: ControlApi = createControlApi({ room: service, ...(longPollMs ? { longPollMs } : {}) });
  const server = createServer((request: IncomingMessage, response: ServerResponse) =>
    api.handle(request, response, () => response.end('volgende')),
  );
  const port = await listen(server);
  cleanups.push(async () => {
    api.close();
    await service.stop();
    await closeServer(server);
  });
  const own = { Host: `127.0.0.1:${port}` };
  const withSecret = { ...own, 'x-room-secret': api.secret };
  return { service, api, port, own, withSecret };
}

describe('the control API', () => {
  it('gives the secret to the page’s own requests only', async () => {
    const { api, port, own } = await pageServer();
    const good = await http(port, 'GET', '/__room/host', { headers: own });
    expect(good.status).toBe(200);
    expect(good.json()).toEqual({ secret: api.secret });
    expect(Object.keys(good.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    for (const headers of [
      { ...own, 'Sec-Fetch-Site': 'same-origin', Origin: `http://127.0.0.1:${port}` },
      { Host: `localhost:${port}`, 'Sec-Fetch-Site': 'same-origin' },
    ])
      expect((await http(port, 'GET', '/__room/host', { headers })).status).toBe(200);
    for (const headers of [
      { Host: `evil.example:${port}` },
      { Host: `127.0.0.1:${port + 1}` },
      { Host: '127.0.0.1' },
      { ...own, 'Sec-Fetch-Site': 'cross-site' },
      { ...own, 'Sec-Fetch-Site': 'same-site' },
      { ...own, 'Sec-Fetch-Site': 'none' },
      { ...own, Origin: 'http://evil.example' },
      { ...own, Origin: `http://localhost:${port}` },
    ]) {
      const refused = await http(port, 'GET', '/__room/host', { headers });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.text).not.toContain(api.secret);
    }
  });

  it('answers nothing else without the secret', async () => {
    const { port, own, withSecret } = await pageServer();
    for (const [method, path] of [
      ['GET', '/__room/status'],
      ['GET', '/__room/addresses'],
      ['POST', '/__room/open'],
      ['POST', '/__room/close'],
      ['POST', '/__room/new-code'],
    ] as const) {
      expect((await http(port, method, path, { headers: own })).status, path).toBe(403);
      expect((await http(port, method, path, { headers: { ...own, 'x-room-secret': 'geraden' } })).status, path).toBe(403);
      // The secret from another site's page is still refused.
      expect((await http(port, method, path, { headers: { ...withSecret, 'Sec-Fetch-Site': 'cross-site' } })).status, path).toBe(403);
    }
    const status = await http(port, 'GET', '/__room/status', { headers: withSecret });
    expect(status.status).toBe(200);
    expect((status.json() as StatusAnswer).status).toEqual({ state: 'closed' });
    const addresses = await http(port, 'GET', '/__room/addresses', { headers: withSecret });
    expect(addresses.json()).toContainEqual(expect.objectContaining({ address: '127.0.0.1' }));
    // Other paths are the page server's.
    expect((await http(port, 'GET', '/index.html', { headers: own })).text).toBe('volgende');
    expect((await http(port, 'GET', '/__room/onbekend', { headers: withSecret })).status).toBe(404);
  });

  it('opens, reports, renews and closes a room; bad bodies are refused', async () => {
    const { port, withSecret } = await pageServer();
    expect((await http(port, 'POST', '/__room/open', { headers: withSecret, body: { workshopId: 'w1' } })).status).toBe(400);
    expect((await http(port, 'POST', '/__room/open', { headers: withSecret, rawBody: '{' })).status).toBe(400);
    expect((await http(port, 'POST', '/__room/remove-device', { headers: withSecret, body: { deviceId: '' } })).status).toBe(400);
    expect((await http(port, 'POST', '/__room/report-refusal', { headers: withSecret, body: { reason: '' } })).status).toBe(400);
    expect((await http(port, 'GET', '/__room/open', { headers: withSecret })).status).toBe(405);
    const opened = await http(port, 'POST', '/__room/open', { headers: withSecret, body: { workshopId: 'w1', address: '127.0.0.1' } });
    expect(opened.json()).toMatchObject({ state: 'open', workshopId: 'w1', address: '127.0.0.1' });
    const code = (opened.json() as { code: string }).code;
    expect(
      (
        await http(port, 'POST', '/__room/report-refusal', { headers: withSecret, body: { reason: 'invalid-record', deviceId: 'd1' } })
      ).json(),
    ).toEqual({});
    const renewed = await http(port, 'POST', '/__room/new-code', { headers: withSecret });
    expect((renewed.json() as { code: string }).code).not.toBe(code);
    expect((renewed.json() as { refusals: unknown[] }).refusals).toContainEqual(
      expect.objectContaining({ reason: 'invalid-record', deviceId: 'd1' }),
    );
    expect((await http(port, 'POST', '/__room/remove-device', { headers: withSecret, body: { deviceId: 'geen' } })).json()).toMatchObject({
      state: 'open',
    });
    expect((await http(port, 'POST', '/__room/close', { headers: withSecret })).json()).toEqual({ state: 'closed' });
  });

  it('long-polls the status: answers at a change, or when the wait is over', async () => {
    const { port, withSecret, service } = await pageServer(300);
    const first = (await http(port, 'GET', '/__room/status', { headers: withSecret })).json() as StatusAnswer;
    const started = Date.now();
    const timedOut = (await http(port, 'GET', `/__room/status?after=${first.version}`, { headers: withSecret })).json() as StatusAnswer;
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(timedOut.version).toBe(first.version);
    const waiting = http(port, 'GET', `/__room/status?after=${first.version}`, { headers: withSecret });
    await new Promise((resolve) => setTimeout(resolve, 50));
    void service.open({ workshopId: 'w1', address: '127.0.0.1' });
    const changed = (await waiting).json() as StatusAnswer;
    expect(changed.version).toBeGreaterThan(first.version);
    expect(changed.status.state).toBe('open');
    expect((await http(port, 'GET', '/__room/status?after=x', { headers: withSecret })).status).toBe(400);
  });
});

describe('the Vite plugin', () => {
  it('keeps browser rooms where the OS keeps an app’s data', () => {
    expect(defaultRoomDir({ ACTIEPLAAT_ROOM_DIR: '/tmp/kamers' }, 'linux', '/home/a')).toBe('/tmp/kamers');
    expect(defaultRoomDir({}, 'linux', '/home/a')).toBe(join('/home/a', '.local', 'share', 'Actieplaat', 'browser-rooms'));
    expect(defaultRoomDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/a')).toBe(join('/data', 'Actieplaat', 'browser-rooms'));
    expect(defaultRoomDir({}, 'darwin', '/Users/a')).toBe(
      join('/Users/a', 'Library', 'Application Support', 'Actieplaat', 'browser-rooms'),
    );
    expect(defaultRoomDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'Actieplaat', 'browser-rooms'),
    );
  });

  it('mounts the control API, allows the page’s origins on the host socket, and stops the room with the server', async () => {
    const dataDir = await folders.make('actieplaat-plugin-');
    const plugin = roomPlugin({ dataDir, participantRoot: await folders.participantRoot(), handleSignals: false });
    const handlers: ((request: IncomingMessage, response: ServerResponse, next: () => void) => void)[] = [];
    const httpServer = createServer((request, response) => {
      const run = (index: number) => {
        const handler = handlers[index];
        if (handler) handler(request, response, () => run(index + 1));
        else response.end('pagina');
      };
      run(0);
    });
    const server: PageServer = {
      middlewares: { use: (handler) => handlers.push(handler) },
      httpServer,
      close: () => closeServer(httpServer),
    };
    (plugin.configureServer as unknown as (server: PageServer) => void)(server);
    const port = await listen(httpServer);
    cleanups.push(() => (httpServer.listening ? server.close() : Promise.resolve()));
    const own = { Host: `127.0.0.1:${port}` };
    expect((await http(port, 'GET', '/', { headers: own })).text).toBe('pagina');
    const { secret } = (await http(port, 'GET', '/__room/host', { headers: own })).json() as { secret: string };
    const opened = (
      await http(port, 'POST', '/__room/open', {
        headers: { ...own, 'x-room-secret': secret },
        body: { workshopId: 'w1', address: '127.0.0.1' },
      })
    ).json() as { hostUrl: string; hostToken: string; port: number };
    // The page's origin may open the host socket; another may not.
    const { WebSocket } = await import('ws');
    const tryHost = (origin: string) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(opened.hostUrl, { origin });
        ws.on('open', () => {
          ws.terminate();
          resolve(true);
        });
        ws.on('error', () => resolve(false));
      });
    expect(await tryHost(`http://127.0.0.1:${port}`)).toBe(true);
    expect(await tryHost(`http://localhost:${port}`)).toBe(true);
    expect(await tryHost('http://127.0.0.1:1')).toBe(false);
    await server.close();
    // Stopped, not closed: the room can be resumed by the next server.
    const resumed = new RoomService({ dataDir, participantRoot: await folders.participantRoot(), hostOrigins: [] });
    expect(await resumed.status()).toEqual({ state: 'closed', resumable: { workshopId: 'w1', address: '127.0.0.1', port: opened.port } });
  });
});
