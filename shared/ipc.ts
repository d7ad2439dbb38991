import { z } from 'zod';
import {
  appInfoSchema,
  backupInfoSchema,
  backupRefSchema,
  backupWriteRequestSchema,
  backupWriteResultSchema,
  closeRequestSchema,
  menuCommandSchema,
  menuStateSchema,
  openedFileSchema,
  openFileRequestSchema,
  projectorRequestSchema,
  saveFileRequestSchema,
  saveFileResultSchema,
} from './host';

/**
 * The one IPC contract between renderer and main: channel → request schema → response schema.
 * Main validates every request with these schemas before acting; the preload is typed by them.
 */
export const ipcContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'file:save': { request: saveFileRequestSchema, response: saveFileResultSchema },
  'file:open': { request: openFileRequestSchema, response: openedFileSchema.nullable() },
  'window:open-projector': { request: projectorRequestSchema, response: z.undefined() },
  'menu:state': { request: menuStateSchema, response: z.undefined() },
  /** Workshop files opened from outside since the renderer last asked (double-click, command line, macOS open-file). */
  'file:take-opened': { request: z.undefined(), response: z.array(openedFileSchema).max(20) },
  'backup:write': { request: backupWriteRequestSchema, response: backupWriteResultSchema },
  'backup:list': { request: z.undefined(), response: z.array(backupInfoSchema) },
  'backup:read': { request: backupRefSchema, response: openedFileSchema.nullable() },
  /** The renderer's answer to `app:before-close`: its work is done, the window may close. */
  'app:close-ready': { request: closeRequestSchema, response: z.undefined() },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Events main pushes to the renderer. */
export const ipcEvents = {
  'menu:command': menuCommandSchema,
  /** Files wait in main until the renderer takes them with `file:take-opened`, so none is lost while it starts. */
  'file:opened': z.undefined(),
  'app:recovered': z.undefined(),
  /** The window is about to close: the renderer writes its backups, then answers on `app:close-ready`. */
  'app:before-close': closeRequestSchema,
} as const;
export type IpcEvent = keyof typeof ipcEvents;
