import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { createIpcRegistry } from './ipcRegistry';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    ipcMain: { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) },
    invoke: (channel: string, payload: unknown, url = 'app://actieplaat/index.html') =>
      listeners.get(channel)!({ senderFrame: { url } } as unknown as IpcMainInvokeEvent, payload),
  };
}

const trusted = (event: IpcMainInvokeEvent) => event.senderFrame?.url.startsWith('app://actieplaat/') ?? false;
const validRoute = { route: '/workshop/abc/present' };

describe('the IPC registry', () => {
  it('passes a valid payload from the app’s own frame to the handler', async () => {
    const fake = fakeIpcMain();
    const registry = createIpcRegistry(fake.ipcMain as never, trusted);
    const seen: unknown[] = [];
    registry.handle('window:open-projector', async (request) => void seen.push(request));
    await fake.invoke('window:open-projector', validRoute);
    expect(seen).toEqual([validRoute]);
  });

  it('refuses a malformed payload before the handler runs', async () => {
    const fake = fakeIpcMain();
    const registry = createIpcRegistry(fake.ipcMain as never, trusted);
    let called = false;
    registry.handle('window:open-projector', async () => void (called = true));
    await expect(fake.invoke('window:open-projector', { route: 'https://evil.example' })).rejects.toThrow(/invalid payload/);
    await expect(fake.invoke('window:open-projector', 42)).rejects.toThrow(/invalid payload/);
    expect(called).toBe(false);
    // A `__proto__` key from a hostile renderer reaches the handler as data, never as a prototype.
    await fake.invoke('window:open-projector', JSON.parse('{"route":"/x","__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    called = false;
    await expect(fake.invoke('window:open-projector', 42)).rejects.toThrow(/invalid payload/);
    expect(called).toBe(false);
  });

  it('refuses a sender that is not one of the app’s frames', async () => {
    const fake = fakeIpcMain();
    const registry = createIpcRegistry(fake.ipcMain as never, trusted);
    let called = false;
    registry.handle('window:open-projector', async () => void (called = true));
    await expect(fake.invoke('window:open-projector', validRoute, 'https://evil.example/')).rejects.toThrow(/untrusted sender/);
    expect(called).toBe(false);
  });

  it('refuses to handle a channel twice', () => {
    const registry = createIpcRegistry(fakeIpcMain().ipcMain as never, trusted);
    registry.handle('app:info', async () => ({ name: 'a', version: '1', edition: 'desktop' as const }));
    expect(() => registry.handle('app:info', async () => ({ name: 'b', version: '1', edition: 'desktop' as const }))).toThrow(
      /already handled/,
    );
    expect(registry.channels()).toEqual(['app:info']);
  });
});
