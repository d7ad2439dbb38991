import { z } from 'zod';
import './zodConfig';
import { MENU_COMMANDS } from './commands/registry';
import { OPEN_EXTENSIONS, SAVE_EXTENSIONS } from './file/extensions';
import { BACKUP_ID_PATTERN, MAX_BACKUP_BYTES } from './backups';
import type { LanAddress, OpenRoomRequest, RefusalReport, RoomStatus } from './room/protocol';

/** Commands the desktop shell's native menu can ask the renderer to perform: entries of the command registry. */
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * What the native menu needs from the renderer: its language, and which of its commands can run now,
 * as the renderer's command dispatcher knows (`renderer/commands/dispatcher.ts`).
 */
export const menuStateSchema = z.object({
  language: z.enum(['nl', 'en']),
  enabled: z.partialRecord(menuCommandSchema, z.boolean()),
});
export type MenuState = z.infer<typeof menuStateSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  edition: z.enum(['desktop', 'browser']),
  /** Where the desktop edition keeps its data; absent in the browser, where the browser decides. */
  dataDirectory: z.string().optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export { OPEN_EXTENSIONS, SAVE_EXTENSIONS };

function fileFilter<E extends readonly [string, ...string[]]>(extensions: E) {
  return z.object({
    /** Shown in the dialog, in the user's language. */
    name: z.string().min(1).max(200),
    /** Without the dot: `pdf`, `actieplaat`. */
    extensions: z.array(z.enum(extensions)).min(1).max(extensions.length),
  });
}
export const fileFilterSchema = fileFilter(OPEN_EXTENSIONS);
export const saveFilterSchema = fileFilter(SAVE_EXTENSIONS);

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** At most this many files opened from outside wait for the window to take them; more are let go. */
export const MAX_OPENED_FILES = 20;

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(100),
  filter: saveFilterSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'file too large'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  /** `reason` is a stable code the renderer turns into a message in the user's language. */
  z.object({ status: z.literal('failed'), reason: z.enum(['no-permission', 'disk-full', 'read-only', 'unknown']) }),
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const openFileRequestSchema = z.object({ filters: z.array(fileFilterSchema).min(1).max(10) });
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

/**
 * A file the user chose, dropped or opened from outside. One over the import's size cap is not read:
 * it comes with no bytes and its size in `tooLargeBytes`, so that the app refuses it with its usual message.
 */
export const openedFileSchema = z.object({
  name: z.string(),
  bytes: z.instanceof(Uint8Array),
  tooLargeBytes: z.number().int().nonnegative().optional(),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const projectorRequestSchema = z.object({
  /** The in-app route the projector shows, e.g. `/workshop/<id>/present`. */
  route: z.string().regex(/^\/[A-Za-z0-9/_-]{0,300}$/),
});
export type ProjectorRequest = z.infer<typeof projectorRequestSchema>;

/** As the model's record ids: any string; main never uses it as a path (see `backupFolderName`). */
const backupWorkshopIdSchema = z.string().min(1).max(200);

/** One backup, addressed by ids only: the renderer never names a path. */
export const backupRefSchema = z.object({ workshopId: backupWorkshopIdSchema, id: z.string().regex(BACKUP_ID_PATTERN) });
export type BackupRef = z.infer<typeof backupRefSchema>;

export const backupWriteRequestSchema = z.object({
  workshopId: backupWorkshopIdSchema,
  /** Shown in the list of backups. */
  title: z.string().min(1).max(200),
  /** The workshop file. */
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_BACKUP_BYTES, 'backup too large'),
});
export type BackupWriteRequest = z.infer<typeof backupWriteRequestSchema>;

/** A deleted workshop's backups: marked (hidden, to go) or, after an undo, unmarked. */
export const backupMarkDeletedSchema = z.object({ workshopId: backupWorkshopIdSchema, deleted: z.boolean() });
export type BackupMarkDeleted = z.infer<typeof backupMarkDeletedSchema>;
export const backupForgetSchema = z.object({ workshopId: backupWorkshopIdSchema });

export const backupInfoSchema = z.object({
  workshopId: backupWorkshopIdSchema,
  id: z.string().regex(BACKUP_ID_PATTERN),
  /** The workshop's title as of its latest backup. */
  title: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  /** In bytes. */
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupWriteResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), backup: backupInfoSchema }),
  z.object({ status: z.literal('failed'), reason: z.enum(['no-permission', 'disk-full', 'read-only', 'unknown']) }),
]);
export type BackupWriteResult = z.infer<typeof backupWriteResultSchema>;

/** Main asks before a window closes (`app:before-close`); the renderer answers with the same number (`app:close-ready`). */
export const closeRequestSchema = z.object({ requestId: z.number().int().nonnegative() });
export type CloseRequest = z.infer<typeof closeRequestSchema>;

/** The desktop's backups folder (`<userData>/backups`): each changed workshop's file, the last ten per workshop. */
export interface HostBackups {
  write(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** Every backup, newest first. */
  list(): Promise<BackupInfo[]>;
  /** `null` when the backup no longer exists. */
  read(ref: BackupRef): Promise<OpenedFile | null>;
  /**
   * The workshop was deleted (`true`; its backups no longer listed, and gone at the next start) or its
   * delete undone (`false`).
   */
  markDeleted(workshopId: string, deleted: boolean): Promise<void>;
  /** The workshop's delete can no longer be undone: its backups go now. */
  forget(workshopId: string): Promise<void>;
}

/**
 * The live room (ROOM.md): a server on this computer that participants' phones join over the room's
 * network. The desktop shell runs it in main; the browser edition's `npm start` runs it beside the page.
 */
export interface HostRoom {
  /** This computer's network addresses the room can listen on. */
  addresses(): Promise<LanAddress[]>;
  status(): Promise<RoomStatus>;
  open(request: OpenRoomRequest): Promise<RoomStatus>;
  /** Stops the room: every device is cut off, every credential and the code are void, its documents removed. */
  close(): Promise<RoomStatus>;
  /** A new code: the old one and every device's credential stop working. */
  newCode(): Promise<RoomStatus>;
  removeDevice(deviceId: string): Promise<RoomStatus>;
  /** The host page's bridge refused a record a device sent: shown with the devices. */
  reportRefusal(report: RefusalReport): Promise<void>;
  /** Changes of the status (devices joining, going offline, refusals); returns the unsubscribe function. */
  onStatus(listener: (status: RoomStatus) => void): () => void;
}

/**
 * What the renderer may ask of the platform it runs on. The desktop shell and the browser each
 * implement it; the renderer chooses one at start-up and never touches either platform directly.
 */
export interface Host {
  readonly edition: AppInfo['edition'];
  appInfo(): Promise<AppInfo>;
  /** Save dialog on the desktop, a download in the browser. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Open dialog on the desktop, a file picker in the browser; `null` when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  openProjectorWindow(request: ProjectorRequest): Promise<void>;
  /** Subscribes to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the native menu the interface language and which commands apply (no menu in the browser). */
  setMenuState(state: MenuState): void;
  /** A workshop file opened from outside: double-clicked, dropped on the app icon, or given on the command line. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /** The window's page was reloaded after its renderer process stopped unexpectedly. */
  onRecovered(listener: () => void): () => void;
  /** Backups in the user-data folder; absent in the browser edition, which has no such folder. */
  readonly backups?: HostBackups;
  /** Runs before the desktop window closes; main waits for the promise (a few seconds at most). Absent in the browser. */
  onBeforeClose?(listener: () => Promise<void>): () => void;
  /** The live room; absent where no room server can run (a build without it). */
  readonly room?: HostRoom;
}
