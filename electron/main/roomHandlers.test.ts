import { EventEmitter } from 'node:events';
import { readdir } from 'node:fs/promises';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { ipcChannels } from '../../shared/ipc';
import type { OpenRoomStatus, RoomStatus } from '../../shared/room/protocol';
import { TempFolders, waitFor } from '../../tests/support/roomTestKit';
import { TEST_LAN_INTERFACE, testLanInterfaces } from '../room/addresses';

const sent: { channel: string; payload: unknown }[] = [];
const fakeWindow = {
  isDestroyed: () => false,
  webContents: { isDestroyed: () => false, send: (channel: string, payload: unknown) => void sent.push({ channel, payload }) },
};
const fakeApp = Object.assign(new EventEmitter(), { getPath: () => '/niet/gebruikt', quit: vi.fn() });
vi.mock('electron', () => ({ app: fakeApp, BrowserWindow: { getAllWindows: () => [fakeWindow] } }));
const { registerRoomHandlers } = await import('./roomHandlers');
const { createIpcRegistry } = await import('./ipcRegistry');

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const folders = new TempFolders();
const stops: (() => Promise<void>)[] = [];

async function wire(devServerUrl?: string) {
  const listeners = new Map<string, Listener>();
  const registry = createIpcRegistry(
    { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
    () => true,
  );
  const dataDir = await folders.make('actieplaat-room-ipc-');
  const room = registerRoomHandlers(registry, { participantRoot: await folders.participantRoot(), devServerUrl, dataDir });
  stops.push(() => room.stop());
  const invoke = (channel: string, payload: unknown) =>
    listeners.get(channel)!({ senderFrame: { url: 'app://actieplaat/index.html' }, sender: { id: 1 } } as never, payload);
  return { registry, invoke, dataDir };
}

function hostSocketOpens(status: OpenRoomStatus, origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(status.hostUrl, { origin });
    ws.on('open', () => {
      ws.terminate();
      resolve(true);
    });
    ws.on('error', () => resolve(false));
  });
}

beforeEach(() => {
  fakeApp.removeAllListeners();
  fakeApp.quit.mockClear();
  sent.length = 0;
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await folders.cleanup();
});

describe('the room channels', () => {
  it('handle every room channel of the contract', async () => {
    const { registry } = await wire();
    expect(registry.channels().sort()).toEqual(ipcChannels.filter((channel) => channel.startsWith('room:')).sort());
  });

  it('open, report, renew and close a room, and push its status to the windows', async () => {
    const { invoke, dataDir } = await wire();
    expect(await invoke('room:status', undefined)).toEqual({ state: 'closed' });
    expect(await invoke('room:addresses', undefined)).toContainEqual(expect.objectContaining({ address: '127.0.0.1' }));
    const opened = (await invoke('room:open', { workshopId: 'w1', address: '127.0.0.1' })) as OpenRoomStatus;
    expect(opened.state).toBe('open');
    await waitFor(
      () => sent.some(({ channel, payload }) => channel === 'room:status' && (payload as RoomStatus).state === 'open'),
      'the push',
    );
    expect(await invoke('room:report-refusal', { reason: 'invalid-record', deviceId: 'd1' })).toBeUndefined();
    const renewed = (await invoke('room:new-code', undefined)) as OpenRoomStatus;
    expect(renewed.code).not.toBe(opened.code);
    expect(renewed.refusals).toContainEqual(expect.objectContaining({ reason: 'invalid-record' }));
    expect(await invoke('room:remove-device', { deviceId: 'geen' })).toMatchObject({ state: 'open' });
    expect(await invoke('room:close', undefined)).toEqual({ state: 'closed' });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('list the network they are given (the desktop journey test’s), the machine’s own otherwise', async () => {
    const listeners = new Map<string, Listener>();
    const registry = createIpcRegistry(
      { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
      () => true,
    );
    const room = registerRoomHandlers(registry, {
      participantRoot: await folders.participantRoot(),
      devServerUrl: undefined,
      dataDir: await folders.make('actieplaat-room-ipc-'),
      networkInterfaces: () => testLanInterfaces('127.0.0.2')!,
    });
    stops.push(() => room.stop());
    const addresses = await listeners.get('room:addresses')!({ senderFrame: { url: 'app://actieplaat/index.html' } } as never, undefined);
    expect(addresses).toEqual([
      { interface: TEST_LAN_INTERFACE, address: '127.0.0.2', family: 'IPv4' },
      { interface: 'lo', address: '127.0.0.1', family: 'IPv4' },
    ]);
  });

  it('refuse malformed requests', async () => {
    const { invoke } = await wire();
    for (const [channel, payload] of [
      ['room:open', { workshopId: 'w1' }],
      ['room:open', { workshopId: 'w1', address: '127.0.0.1', port: 80 }],
      ['room:open', { workshopId: '', address: '127.0.0.1' }],
      ['room:remove-device', { deviceId: '' }],
      ['room:report-refusal', { reason: 'x'.repeat(101) }],
      ['room:close', { all: true }],
    ] as const)
      await expect(invoke(channel, payload), channel).rejects.toThrow(/invalid payload/);
  });

  it('let the app’s page, and the dev server’s, open the host socket; nothing else', async () => {
    const { invoke } = await wire('http://localhost:5173/');
    const opened = (await invoke('room:open', { workshopId: 'w1', address: '127.0.0.1' })) as OpenRoomStatus;
    expect(await hostSocketOpens(opened, 'app://actieplaat')).toBe(true);
    expect(await hostSocketOpens(opened, 'http://localhost:5173')).toBe(true);
    expect(await hostSocketOpens(opened, 'http://localhost:5174')).toBe(false);
    expect(await hostSocketOpens(opened, 'app://elders')).toBe(false);
  });

  it('hold the quit until an open room has written its documents, then quit; leave a closed app alone', async () => {
    const { invoke } = await wire();
    const idle = { preventDefault: vi.fn() };
    fakeApp.emit('before-quit', idle);
    expect(idle.preventDefault).not.toHaveBeenCalled();
    await invoke('room:open', { workshopId: 'w1', address: '127.0.0.1' });
    const first = { preventDefault: vi.fn() };
    fakeApp.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await waitFor(() => fakeApp.quit.mock.calls.length > 0, 'the quit to go on');
    // Stopped, not closed: the room can be resumed.
    expect(await invoke('room:status', undefined)).toMatchObject({ state: 'closed', resumable: { workshopId: 'w1' } });
    const second = { preventDefault: vi.fn() };
    fakeApp.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
