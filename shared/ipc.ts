import { z } from 'zod';
import {
  appInfoSchema,
  menuCommandSchema,
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
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Events main pushes to the renderer. */
export const ipcEvents = {
  'menu:command': menuCommandSchema,
} as const;
export type IpcEvent = keyof typeof ipcEvents;
