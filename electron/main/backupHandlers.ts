import { app } from 'electron';
import { join } from 'node:path';
import { saveFailureReason } from './atomicWrite';
import { BACKUPS_FOLDER, createBackupStore } from './backups';
import { createCloseHandshake } from './closeHandshake';
import type { createIpcRegistry } from './ipcRegistry';

type Registry = ReturnType<typeof createIpcRegistry>;

/**
 * Backups in `<userData>/backups` (write, list, read back; a deleted workshop's go once its undo has passed), and the question main asks each window
 * before it closes, so that the renderer can write the backups of changed workshops first.
 */
export function registerBackupHandlers(registry: Registry, root = join(app.getPath('userData'), BACKUPS_FOLDER)): void {
  const store = createBackupStore(root);
  // Workshops deleted in an earlier run: their undo ended with that run, so their backups go now.
  const forgotten = store.forgetDeleted().catch(() => undefined);

  // Asking a window delays its close, which cancels a quit in progress: once it may close, quit again.
  let quitting = false;
  app.on('before-quit', () => void (quitting = true));
  const handshake = createCloseHandshake({
    onReleased: () => {
      if (quitting) app.quit();
    },
  });
  app.on('browser-window-created', (_event, window) => handshake.guard(window));

  registry.handle('backup:write', async (request) => {
    try {
      return { status: 'saved' as const, backup: await store.write(request) };
    } catch (error) {
      return { status: 'failed' as const, reason: saveFailureReason(error) };
    }
  });
  registry.handle('backup:list', async () => {
    await forgotten;
    return store.list();
  });
  registry.handle('backup:read', (request) => store.read(request));
  registry.handle('backup:mark-deleted', async ({ workshopId, deleted }) => {
    await store.markDeleted(workshopId, deleted);
    return undefined;
  });
  registry.handle('backup:forget', async ({ workshopId }) => {
    await store.forget(workshopId);
    return undefined;
  });
  registry.handle('app:close-ready', async ({ requestId }, event) => {
    handshake.answer(requestId, event.sender);
    return undefined;
  });
}
