import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../main/atomicWrite';

// A room on disk: `<dataDir>/<workshop>/room.json` (its code, devices and port) and one file per
// document in `docs/`. The host keeps the documents rather than rebuilding them from the database,
// because phones may still hold offline edits against exactly these CRDT items (ROOM.md).

const storedDeviceSchema = z.object({
  id: z.string().min(1).max(100),
  /** sha256 of the credential, hex: the credential itself is never written. */
  credentialHash: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().max(200),
  tableId: z.string().max(200).nullable(),
  participantId: z.string().max(200).optional(),
  joinedAt: z.number(),
  lastSeen: z.number(),
});
export type StoredDevice = z.infer<typeof storedDeviceSchema>;

const storedRoomSchema = z.object({
  version: z.literal(1),
  workshopId: z.string().min(1).max(200),
  roomId: z.string().min(1).max(100),
  code: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  address: z.string().min(1).max(100),
  port: z.number().int().min(1).max(65535),
  hostSecret: z.string().min(1).max(100),
  devices: z.array(storedDeviceSchema).max(10_000),
  /** Open when the app stopped: the next start offers to resume it. */
  open: z.boolean(),
  /**
   * Listening: written `true` when the room opens and `false` when the app stops it. Still `true` at
   * the next start means the app (or its page server) died with the room open: that start opens it
   * again by itself, so the phones reconnect without the facilitator.
   */
  listening: z.boolean().optional(),
});
export type StoredRoom = z.infer<typeof storedRoomSchema>;

const ROOM_FILE = 'room.json';
const DOCS_FOLDER = 'docs';
/** Owner only: the file holds the code and the credentials' hashes. */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A file or folder name for an id: `encodeURIComponent` keeps it readable, but a name that could
 * mean something else to the file system (`.`, `..`, `NUL`) or is too long becomes a hash.
 */
export function safeFileName(id: string): string {
  const encoded = encodeURIComponent(id);
  if (encoded.length > 0 && encoded.length <= 180 && !/^\.+$/.test(encoded) && !WINDOWS_RESERVED.test(encoded)) return encoded;
  return `sha256-${createHash('sha256').update(id).digest('hex')}`;
}

export class RoomStore {
  /** Writes to one path never overtake each other: the last one asked for lands last. */
  private readonly writes = new Map<string, Promise<void>>();

  constructor(private readonly dataDir: string) {}

  folder(workshopId: string): string {
    return join(this.dataDir, safeFileName(workshopId));
  }

  async read(workshopId: string): Promise<StoredRoom | null> {
    return this.readFile(join(this.folder(workshopId), ROOM_FILE), workshopId);
  }

  private async readFile(path: string, workshopId?: string): Promise<StoredRoom | null> {
    try {
      const parsed = storedRoomSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!parsed.success || (workshopId !== undefined && parsed.data.workshopId !== workshopId)) return null;
      return parsed.data;
    } catch {
      return null;
    }
  }

  async write(room: StoredRoom): Promise<void> {
    const folder = this.folder(room.workshopId);
    const bytes = new TextEncoder().encode(JSON.stringify(room));
    await this.queue(join(folder, ROOM_FILE), async (path) => {
      await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
      await writeFileAtomically(path, bytes, { mode: FILE_MODE });
    });
  }

  async readDoc(workshopId: string, documentName: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.docPath(workshopId, documentName)));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return null;
      throw error;
    }
  }

  async writeDoc(workshopId: string, documentName: string, bytes: Uint8Array): Promise<void> {
    const folder = join(this.folder(workshopId), DOCS_FOLDER);
    await this.queue(this.docPath(workshopId, documentName), async (path) => {
      await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
      await writeFileAtomically(path, bytes, { mode: FILE_MODE });
    });
  }

  private docPath(workshopId: string, documentName: string): string {
    return join(this.folder(workshopId), DOCS_FOLDER, `${safeFileName(documentName)}.bin`);
  }

  /** Every write asked for so far has landed (or failed). */
  async idle(): Promise<void> {
    while (this.writes.size > 0) await Promise.allSettled([...this.writes.values()]);
  }

  /** The room is gone: its documents, devices and code. */
  async remove(workshopId: string): Promise<void> {
    await this.idle();
    await rm(this.folder(workshopId), { recursive: true, force: true });
  }

  /** The room that was open when the app stopped, if any (the newest, should there be several). */
  async findResumable(): Promise<StoredRoom | null> {
    let entries: string[];
    try {
      entries = await readdir(this.dataDir);
    } catch {
      return null;
    }
    const rooms = await Promise.all(
      entries.map(async (entry) => {
        const path = join(this.dataDir, entry, ROOM_FILE);
        const room = await this.readFile(path);
        return room?.open
          ? {
              room,
              written: await stat(path).then(
                (info) => info.mtimeMs,
                () => 0,
              ),
            }
          : null;
      }),
    );
    const open = rooms.filter((found) => found !== null);
    return open.sort((a, b) => b.written - a.written)[0]?.room ?? null;
  }

  /** Only one room is resumable: opening one sets the others aside (their files stay until closed). */
  async setAsideOthers(workshopId: string): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(this.dataDir);
    } catch {
      return;
    }
    const keep = safeFileName(workshopId);
    for (const entry of entries) {
      if (entry === keep) continue;
      const room = await this.readFile(join(this.dataDir, entry, ROOM_FILE));
      if (room?.open) await this.write({ ...room, open: false });
    }
  }

  private queue(path: string, write: (path: string) => Promise<void>): Promise<void> {
    // `tracked` never rejects: the caller gets the failure, the queue goes on.
    const previous = this.writes.get(path) ?? Promise.resolve();
    const next = previous.then(() => write(path));
    const tracked: Promise<void> = next
      .catch(() => undefined)
      .then(() => {
        if (this.writes.get(path) === tracked) this.writes.delete(path);
      });
    this.writes.set(path, tracked);
    return next;
  }
}
