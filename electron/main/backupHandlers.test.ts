import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fakeApp = Object.assign(new EventEmitter(), { getPath: () => '/niet/gebruikt', quit: vi.fn() });
vi.mock('electron', () => ({ app: fakeApp }));
const { registerBackupHandlers } = await import('./backupHandlers');
const { createIpcRegistry } = await import('./ipcRegistry');

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function wire(root: string) {
  const listeners = new Map<string, Listener>();
  const registry = createIpcRegistry(
    { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
    () => true,
  );
  registerBackupHandlers(registry, root);
  const invoke = (channel: string, payload: unknown, senderId = 1) =>
    listeners.get(channel)!({ senderFrame: { url: 'app://actieplaat/index.html' }, sender: { id: senderId } } as never, payload);
  return { registry, invoke };
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'actieplaat-backup-ipc-'));
  fakeApp.removeAllListeners();
  fakeApp.quit.mockClear();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('{"format":"actieplaat.workshop"}');

describe('the backup channels', () => {
  it('handle write, list, read, a deleted workshop’s backups and the close answer', () => {
    const { registry } = wire(folder);
    expect(registry.channels().sort()).toEqual([
      'app:close-ready',
      'backup:forget',
      'backup:list',
      'backup:mark-deleted',
      'backup:read',
      'backup:write',
    ]);
  });

  it('forget a deleted workshop’s backups once its undo has passed, and keep those of an undone delete', async () => {
    const { invoke } = wire(folder);
    for (const workshopId of ['zorg', 'onderwijs', 'defensie']) await invoke('backup:write', { workshopId, title: workshopId, bytes });
    const listed = async () => ((await invoke('backup:list', undefined)) as { workshopId: string }[]).map((b) => b.workshopId).sort();

    // Deleted: no longer listed (the confirmation said the backups go too), still on disk while undo is possible.
    await invoke('backup:mark-deleted', { workshopId: 'zorg', deleted: true });
    await invoke('backup:mark-deleted', { workshopId: 'onderwijs', deleted: true });
    expect(await listed()).toEqual(['defensie']);
    expect((await readdir(folder)).sort()).toEqual(['defensie', 'onderwijs', 'zorg']);

    // Onderwijs's delete is undone; zorg's undo passes.
    await invoke('backup:mark-deleted', { workshopId: 'onderwijs', deleted: false });
    await invoke('backup:forget', { workshopId: 'zorg' });
    expect(await listed()).toEqual(['defensie', 'onderwijs']);
    expect((await readdir(folder)).sort()).toEqual(['defensie', 'onderwijs']);
  });

  it('forget at the next start the backups of a workshop deleted when the app closed during its undo', async () => {
    const first = wire(folder);
    for (const workshopId of ['zorg', 'defensie']) await first.invoke('backup:write', { workshopId, title: workshopId, bytes });
    await first.invoke('backup:mark-deleted', { workshopId: 'zorg', deleted: true });
    // The app closes with the undo still on screen; the next start has no undo to offer.
    const next = wire(folder);
    expect(await next.invoke('backup:list', undefined)).toMatchObject([{ workshopId: 'defensie' }]);
    expect(await readdir(folder)).toEqual(['defensie']);
  });

  it('write a backup, list it and read it back', async () => {
    const { invoke } = wire(folder);
    const written = (await invoke('backup:write', { workshopId: 'w1', title: 'Zorg', bytes })) as {
      status: string;
      backup: { id: string };
    };
    expect(written.status).toBe('saved');
    const list = (await invoke('backup:list', undefined)) as { id: string; title: string }[];
    expect(list).toMatchObject([{ workshopId: 'w1', id: written.backup.id, title: 'Zorg', size: bytes.byteLength }]);
    const read = (await invoke('backup:read', { workshopId: 'w1', id: written.backup.id })) as { bytes: Uint8Array };
    expect(read.bytes).toEqual(bytes);
  });

  it('answer a failed write with a reason the renderer can word', async () => {
    // The backups folder cannot be made where a file already is.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(folder, 'bezet'), 'x');
    const { invoke } = wire(join(folder, 'bezet'));
    expect(await invoke('backup:write', { workshopId: 'w1', title: 'Zorg', bytes })).toEqual({ status: 'failed', reason: 'unknown' });
  });

  it('refuse malformed requests before touching the disk: paths for ids, no title, no bytes', async () => {
    const { invoke } = wire(folder);
    const refused = [
      ['backup:read', { workshopId: 'w1', id: '../../../etc/passwd' }],
      ['backup:read', { workshopId: 'w1', id: '2026-11-22T14-03-00-000Z.actieplaat' }],
      ['backup:read', { workshopId: '', id: '2026-11-22T14-03-00-000Z' }],
      ['backup:read', { workshopId: 'x'.repeat(201), id: '2026-11-22T14-03-00-000Z' }],
      ['backup:read', { path: '/etc/passwd' }],
      ['backup:write', { workshopId: 'w1', title: '', bytes }],
      ['backup:write', { workshopId: 'w1', title: 'Zorg', bytes: 'tekst' }],
      ['backup:write', { workshopId: 'w1', title: 'Zorg' }],
      ['backup:list', { all: true }],
      ['backup:mark-deleted', { workshopId: 'w1' }],
      ['backup:mark-deleted', { workshopId: '', deleted: true }],
      ['backup:forget', { workshopId: '' }],
      ['backup:forget', { workshopId: 'x'.repeat(201) }],
      ['backup:forget', { path: '/home' }],
      ['app:close-ready', { requestId: -1 }],
    ] as const;
    for (const [channel, payload] of refused) await expect(invoke(channel, payload), channel).rejects.toThrow(/invalid payload/);
  });

  it('ask every new window before it closes, and go on quitting once it may close', async () => {
    const { invoke } = wire(folder);
    const closing = Object.assign(new EventEmitter(), {
      webContents: { id: 7, send: vi.fn(), isCrashed: () => false },
      isDestroyed: () => false,
      close: vi.fn(),
    });
    fakeApp.emit('browser-window-created', {}, closing);
    fakeApp.emit('before-quit');
    const event = { preventDefault: vi.fn() };
    closing.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    const [[channel, { requestId }]] = closing.webContents.send.mock.calls as [[string, { requestId: number }]];
    expect(channel).toBe('app:before-close');
    await invoke('app:close-ready', { requestId }, 7);
    expect(closing.close).toHaveBeenCalled();
    expect(fakeApp.quit).toHaveBeenCalled();
  });
});
