import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { NetworkInterfaces } from '../room/addresses';
import { RoomService } from '../room/roomService';
import { APP_ORIGIN } from './appProtocol';
import type { createIpcRegistry } from './ipcRegistry';
import { sendEvent } from './ipcEvents';

type Registry = ReturnType<typeof createIpcRegistry>;

export const ROOMS_FOLDER = 'rooms';
/** Quitting waits this long at most for the room to write its documents. */
const STOP_WITHIN_MS = 2000;

export interface RoomHandlerOptions {
  /** The built renderer main serves (`out/renderer`): the participant page is built into it. */
  participantRoot: string;
  /** `electron-vite dev`'s page: its origin may open the host socket too. */
  devServerUrl: string | undefined;
  /** Default `<userData>/rooms`. */
  dataDir?: string;
  /** Default: the machine's own (`os.networkInterfaces`); the desktop journey test's network otherwise (index.ts). */
  networkInterfaces?: () => NetworkInterfaces;
}

/**
 * The live room, run by main (ROOM.md): the `room:*` channels, the status pushed to every window
 * (the control window's room panel and the projector's join slide), and a stop that writes the
 * documents before the app quits, so that the next start can resume the room.
 */
export function registerRoomHandlers(registry: Registry, options: RoomHandlerOptions): RoomService {
  const room = new RoomService({
    dataDir: options.dataDir ?? join(app.getPath('userData'), ROOMS_FOLDER),
    participantRoot: options.participantRoot,
    hostOrigins: [APP_ORIGIN, ...(options.devServerUrl ? [new URL(options.devServerUrl).origin] : [])],
    ...(options.networkInterfaces ? { networkInterfaces: options.networkInterfaces } : {}),
  });

  room.onStatus((status) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) sendEvent(window.webContents, 'room:status', status);
    }
  });

  registry.handle('room:addresses', async () => room.addresses());
  registry.handle('room:status', () => room.status());
  registry.handle('room:open', (request) => room.open(request));
  registry.handle('room:close', () => room.close());
  registry.handle('room:new-code', () => room.newCode());
  registry.handle('room:remove-device', ({ deviceId }) => room.removeDevice(deviceId));
  registry.handle('room:report-refusal', async (report) => {
    await room.reportRefusal(report);
    return undefined;
  });

  // A room the app died with (a crash, a power cut) opens again by itself, so the phones reconnect.
  void room.recover().catch((error: unknown) => console.error('[room] could not reopen the room', error));

  // An open room holds the quit until its documents are written (two seconds at most), then quits again.
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped || !room.isOpen) return;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, STOP_WITHIN_MS).unref());
    void Promise.race([room.stop().catch(() => undefined), timeout]).then(() => {
      stopped = true;
      app.quit();
    });
  });
  return room;
}
