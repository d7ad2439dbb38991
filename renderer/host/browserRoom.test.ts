import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createControlApi, type ControlApi } from '../../electron/room/controlApi';
import { RoomService } from '../../electron/room/roomService';
import type { RoomStatus } from '../../shared/room/protocol';
import { TempFolders, waitFor } from '../../tests/support/roomTestKit';
import { createBrowserRoom } from './browserRoom';

const folders = new TempFolders();
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await folders.cleanup();
});

/** A page server on 127.0.0.1; `fetch` as the page would call it (relative URLs). */
async function pageServer(handler: Parameters<typeof createServer>[1]) {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  const pageFetch: typeof fetch = (input, init) => fetch(`http://127.0.0.1:${port}${String(input)}`, init);
  return pageFetch;
}

describe('the browser edition’s room', () => {
  it('says there is no room server where the page server has none', async () => {
    for (const handler of [
      // A static server: 404.
      ((_request, response) => response.writeHead(404).end()) as Parameters<typeof createServer>[1],
      // A single-page host: the page for every path.
      ((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html>')) as Parameters<
        typeof createServer
      >[1],
    ]) {
      const room = createBrowserRoom(await pageServer(handler));
      expect(await room.status()).toEqual({ state: 'closed', error: 'no-room-server' });
      expect(await room.open({ workshopId: 'w1', address: '127.0.0.1' })).toEqual({ state: 'closed', error: 'no-room-server' });
      expect(await room.addresses()).toEqual([]);
      const seen: RoomStatus[] = [];
      const stop = room.onStatus((status) => seen.push(status));
      await waitFor(() => seen.length > 0, 'the status');
      stop();
      expect(seen).toEqual([{ state: 'closed', error: 'no-room-server' }]);
    }
  });

  it('runs the room through the control API, follows its status, and survives a new secret', async () => {
    const service = new RoomService({
      dataDir: await folders.make('actieplaat-browser-room-'),
      participantRoot: await folders.participantRoot(),
      hostOrigins: [],
    });
    let api: ControlApi = createControlApi({ room: service });
    cleanups.push(async () => {
      api.close();
      await service.stop();
    });
    const room = createBrowserRoom(
      await pageServer((request, response) => api.handle(request, response, () => response.writeHead(404).end())),
    );
    expect(await room.addresses()).toContainEqual(expect.objectContaining({ address: '127.0.0.1' }));
    const seen: RoomStatus[] = [];
    const stop = room.onStatus((status) => seen.push(status));
    await waitFor(() => seen.length > 0, 'the first status');
    const opened = await room.open({ workshopId: 'w1', address: '127.0.0.1' });
    expect(opened).toMatchObject({ state: 'open', workshopId: 'w1' });
    await waitFor(() => seen.some((status) => status.state === 'open'), 'the open room to be pushed');
    await room.reportRefusal({ reason: 'invalid-record', deviceId: 'd1' });
    await waitFor(
      () => seen.some((status) => status.state === 'open' && status.refusals.some((refusal) => refusal.reason === 'invalid-record')),
      'the refusal to be pushed',
    );
    stop();
    // The page server restarted its control API: a new secret, fetched again without a fuss.
    api.close();
    api = createControlApi({ room: service });
    const renewed = await room.newCode();
    expect(renewed.state).toBe('open');
    expect(renewed.state === 'open' && opened.state === 'open' && renewed.code !== opened.code).toBe(true);
    expect(await room.removeDevice('geen')).toMatchObject({ state: 'open' });
    expect(await room.close()).toEqual({ state: 'closed' });
    expect(await room.status()).toEqual({ state: 'closed' });
  });
});
