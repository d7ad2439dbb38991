import { z } from 'zod';
import './zodConfig';
import {
  appInfoSchema,
  backupForgetSchema,
  backupInfoSchema,
  backupMarkDeletedSchema,
  backupRefSchema,
  backupWriteRequestSchema,
  backupWriteResultSchema,
  closeRequestSchema,
  menuCommandSchema,
  MAX_OPENED_FILES,
  menuStateSchema,
  openedFileSchema,
  openFileRequestSchema,
  projectorRequestSchema,
  saveFileRequestSchema,
  saveFileResultSchema,
} from './host';
import {
  lanAddressSchema,
  openRoomRequestSchema,
  removeDeviceRequestSchema,
  roomRefusalReportSchema,
  roomStatusSchema,
} from './room/schemas';

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
  'file:take-opened': { request: z.undefined(), response: z.array(openedFileSchema).max(MAX_OPENED_FILES) },
  'backup:write': { request: backupWriteRequestSchema, response: backupWriteResultSchema },
  'backup:list': { request: z.undefined(), response: z.array(backupInfoSchema) },
  'backup:read': { request: backupRefSchema, response: openedFileSchema.nullable() },
  'backup:mark-deleted': { request: backupMarkDeletedSchema, response: z.undefined() },
  'backup:forget': { request: backupForgetSchema, response: z.undefined() },
  /** The renderer's answer to `app:before-close`: its work is done, the window may close. */
  'app:close-ready': { request: closeRequestSchema, response: z.undefined() },
  /** The live room (ROOM.md), run by main; its status is also pushed as `room:status`. */
  'room:addresses': { request: z.undefined(), response: z.array(lanAddressSchema) },
  'room:status': { request: z.undefined(), response: roomStatusSchema },
  'room:open': { request: openRoomRequestSchema, response: roomStatusSchema },
  'room:close': { request: z.undefined(), response: roomStatusSchema },
  'room:new-code': { request: z.undefined(), response: roomStatusSchema },
  'room:remove-device': { request: removeDeviceRequestSchema, response: roomStatusSchema },
  'room:report-refusal': { request: roomRefusalReportSchema, response: z.undefined() },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/**
 * Events main pushes to the renderer, each with its payload's schema. Main sends them only through
 * `sendEvent` (electron/main/ipcEvents.ts) and the preload hears them only through its `listen`: the lint
 * refuses `webContents.send` and `ipcRenderer.on` anywhere else.
 */
export const ipcEvents = {
  'menu:command': menuCommandSchema,
  /** Files wait in main until the renderer takes them with `file:take-opened`, so none is lost while it starts. */
  'file:opened': z.undefined(),
  'app:recovered': z.undefined(),
  /** The window is about to close: the renderer writes its backups, then answers on `app:close-ready`. */
  'app:before-close': closeRequestSchema,
  /** The room's status changed (a device joined or went offline, something was refused). */
  'room:status': roomStatusSchema,
} as const;
export type IpcEvent = keyof typeof ipcEvents;
export type IpcEventPayload<E extends IpcEvent> = z.infer<(typeof ipcEvents)[E]>;
/** The arguments after the event's name: its payload, or none for an event without one. */
export type IpcEventArgs<E extends IpcEvent> = IpcEventPayload<E> extends undefined ? [] : [IpcEventPayload<E>];
