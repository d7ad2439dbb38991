import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { BACKUP_ID_PATTERN, BACKUPS_PER_WORKSHOP, MAX_BACKUP_BYTES, MAX_TOTAL_BACKUP_BYTES } from '../../shared/backups';
import type { BackupInfo, BackupRef } from '../../shared/host';
import { writeFileAtomically } from './atomicWrite';

/** The folder in the user-data directory that holds every workshop's backups. */
export const BACKUPS_FOLDER = 'backups';
const EXTENSION = '.actieplaat';
/** Per workshop folder: the workshop's id and title, so that listing need not read the backups themselves. */
const WORKSHOP_META = 'workshop.json';
/** In a workshop's folder once the workshop is deleted: its backups go when the undo is past, or at the next start. */
const DELETED_MARK = 'deleted';
/** Backups and the folders that hold them: for the user only (other accounts on a shared laptop read nothing). */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/** An id that is a safe folder name as it is on every file system: lower case (no case clashes), no device names. */
const PLAIN_FOLDER = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const HASHED_FOLDER = /^~[0-9a-f]{64}$/;

/**
 * The folder of a workshop's backups: its id where that is a safe name everywhere (the app's UUIDs),
 * otherwise `~` and the id's SHA-256, so that no id from a file (`..`, `C:\`, `CON`) can name a path.
 */
export function backupFolderName(workshopId: string): string {
  if (PLAIN_FOLDER.test(workshopId) && !WINDOWS_DEVICE.test(workshopId)) return workshopId;
  return `~${createHash('sha256').update(workshopId, 'utf8').digest('hex')}`;
}

/** `2026-11-22T14:03:00.000Z` → `2026-11-22T14-03-00-000Z`: the moment, in a name every file system takes, sorting as time. */
export function backupIdAt(moment: Date): string {
  return moment.toISOString().replace(/:/g, '-').replace('.', '-');
}

/** The moment a backup was written, from its id. */
export function createdAtOf(backupId: string): string {
  return backupId.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
}

/**
 * Rotation: given the names in a workshop's backup folder, the backups to delete so that the newest
 * `keep` remain. Names that are not backups (the metadata file, a temporary file) are never touched.
 */
export function backupsToRemove(names: readonly string[], keep: number = BACKUPS_PER_WORKSHOP): string[] {
  const backups = names.filter((name) => isBackupName(name)).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
}

function isBackupName(name: string): boolean {
  return name.endsWith(EXTENSION) && BACKUP_ID_PATTERN.test(name.slice(0, -EXTENSION.length));
}

export interface BackupWrite {
  workshopId: string;
  title: string;
  bytes: Uint8Array;
}

export interface BackupStoreOptions {
  now?: () => Date;
  /** How a file is written; tests pass one that fails. */
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** All backups together; tests pass a small one. */
  maxTotalBytes?: number;
}

const writeForOwner = (path: string, bytes: Uint8Array) => writeFileAtomically(path, bytes, { mode: FILE_MODE });
const isWorkshopFolder = (name: string) => PLAIN_FOLDER.test(name) || HASHED_FOLDER.test(name);

/** The backups folder `root` (`<userData>/backups`): one folder per workshop, one workshop file per backup. */
export function createBackupStore(
  root: string,
  { now = () => new Date(), writeFile = writeForOwner, maxTotalBytes = MAX_TOTAL_BACKUP_BYTES }: BackupStoreOptions = {},
) {
  const folderOf = (workshopId: string) => join(root, backupFolderName(workshopId));

  /**
   * Writes the backup, then (only once it is safely there) deletes all but the newest ten, and the
   * oldest of all workshops' backups while they take more than the quota together.
   */
  async function write({ workshopId, title, bytes }: BackupWrite): Promise<BackupInfo> {
    if (bytes.byteLength > MAX_BACKUP_BYTES) throw new Error('backup too large');
    const folder = folderOf(workshopId);
    await mkdir(root, { recursive: true, mode: FOLDER_MODE });
    await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
    const names = await readdir(folder);
    let moment = now().getTime();
    // Two backups in the same millisecond, or a clock set back: the new one still sorts as the newest.
    const newest = names.filter(isBackupName).sort().at(-1);
    if (newest) moment = Math.max(moment, Date.parse(createdAtOf(newest.slice(0, -EXTENSION.length))) + 1);
    const id = backupIdAt(new Date(moment));
    await writeFile(join(folder, `${id}${EXTENSION}`), bytes);
    // Without it, listing reads the newest backup instead: the backup itself is what must not fail.
    await writeFile(join(folder, WORKSHOP_META), new TextEncoder().encode(JSON.stringify({ workshopId, title }))).catch(() => undefined);
    // A workshop that is backed up exists (again): its backups stay.
    await rm(join(folder, DELETED_MARK), { force: true });
    await rotate(folder);
    await keepWithinQuota(join(folder, `${id}${EXTENSION}`));
    return { workshopId, id, title, createdAt: createdAtOf(id), size: bytes.byteLength };
  }

  /**
   * While all backups together take more than the quota: delete the oldest, each workshop's newest
   * last, and never `spare` (the one just written, itself at most a sixteenth of the quota).
   */
  async function keepWithinQuota(spare: string): Promise<void> {
    const backups = await everyBackup();
    let total = backups.reduce((sum, backup) => sum + backup.size, 0);
    if (total <= maxTotalBytes) return;
    const newest = new Map<string, string>();
    for (const backup of backups) if ((newest.get(backup.folder) ?? '') < backup.id) newest.set(backup.folder, backup.id);
    const isNewest = (backup: (typeof backups)[number]) => newest.get(backup.folder) === backup.id;
    const order = backups
      .filter((backup) => backup.path !== spare)
      .sort((a, b) => Number(isNewest(a)) - Number(isNewest(b)) || a.id.localeCompare(b.id));
    for (const backup of order) {
      if (total <= maxTotalBytes) break;
      await rm(backup.path, { force: true });
      total -= backup.size;
    }
  }

  /** Every backup file of every workshop, with its size. */
  async function everyBackup(): Promise<{ folder: string; id: string; path: string; size: number }[]> {
    const found = [];
    for (const folder of await workshopFolders()) {
      for (const name of (await readdir(join(root, folder)).catch(() => [])).filter(isBackupName)) {
        const path = join(root, folder, name);
        const info = await stat(path).catch(() => undefined);
        if (info?.isFile()) found.push({ folder, id: name.slice(0, -EXTENSION.length), path, size: info.size });
      }
    }
    return found;
  }

  async function workshopFolders(): Promise<string[]> {
    const entries = await readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return entries.filter((entry) => entry.isDirectory() && isWorkshopFolder(entry.name)).map((entry) => entry.name);
  }

  const isMarkedDeleted = (folder: string) =>
    stat(join(root, folder, DELETED_MARK)).then(
      () => true,
      () => false,
    );

  /**
   * A deleted workshop's backups: marked when it is deleted (hidden from the list from then on), unmarked
   * when the delete is undone, and forgotten (the folder removed) once the undo is past.
   */
  async function markDeleted(workshopId: string, deleted: boolean): Promise<void> {
    const mark = join(folderOf(workshopId), DELETED_MARK);
    if (!deleted) return rm(mark, { force: true });
    // No folder: no backups to mark.
    await writeFile(mark, new TextEncoder().encode(now().toISOString())).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async function forget(workshopId: string): Promise<void> {
    await rm(folderOf(workshopId), { recursive: true, force: true });
  }

  /** At start: the undo of every workshop deleted before has passed with the app that offered it. */
  async function forgetDeleted(): Promise<void> {
    for (const folder of await workshopFolders()) {
      if (await isMarkedDeleted(folder)) await rm(join(root, folder), { recursive: true, force: true });
    }
  }

  async function rotate(folder: string): Promise<void> {
    const surplus = backupsToRemove(await readdir(folder).catch(() => []));
    // A backup that cannot be deleted now is deleted by a later rotation; the new one is written either way.
    await Promise.all(surplus.map((name) => rm(join(folder, name), { force: true }).catch(() => undefined)));
  }

  /** Every backup of every workshop, newest first. */
  async function list(): Promise<BackupInfo[]> {
    const perWorkshop = await Promise.all(
      (await workshopFolders()).map(async (folder) => ((await isMarkedDeleted(folder)) ? [] : listFolder(folder))),
    );
    return perWorkshop.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.workshopId.localeCompare(b.workshopId));
  }

  async function listFolder(name: string): Promise<BackupInfo[]> {
    const folder = join(root, name);
    const ids = (await readdir(folder))
      .filter(isBackupName)
      .map((file) => file.slice(0, -EXTENSION.length))
      .sort()
      .reverse();
    const workshop = await workshopOfFolder(name, ids);
    if (!workshop) return [];
    const sized = await Promise.all(
      ids.map(async (id) => {
        const info = await stat(join(folder, `${id}${EXTENSION}`)).catch(() => undefined);
        return info?.isFile() ? { ...workshop, id, createdAt: createdAtOf(id), size: info.size } : undefined;
      }),
    );
    return sized.filter((backup) => backup !== undefined);
  }

  /** Whose backups a folder holds: from its metadata file, or else from the newest backup that reads. */
  async function workshopOfFolder(
    name: string,
    newestFirst: readonly string[],
  ): Promise<{ workshopId: string; title: string } | undefined> {
    const belongs = (candidate: unknown): candidate is { workshopId: string; title: string } => {
      const { workshopId, title } = (candidate ?? {}) as Record<string, unknown>;
      return typeof workshopId === 'string' && typeof title === 'string' && backupFolderName(workshopId) === name;
    };
    const meta = await readJson(join(root, name, WORKSHOP_META));
    if (belongs(meta)) return { workshopId: meta.workshopId, title: meta.title };
    for (const id of newestFirst) {
      const file = (await readJson(join(root, name, `${id}${EXTENSION}`))) as { workshop?: { id?: unknown; title?: unknown } } | undefined;
      const fromFile = { workshopId: file?.workshop?.id, title: file?.workshop?.title };
      if (belongs(fromFile)) return fromFile;
    }
    return undefined;
  }

  async function readJson(path: string): Promise<unknown> {
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_BACKUP_BYTES) return undefined;
      return JSON.parse(await readFile(path, 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /**
   * One backup's bytes, addressed by ids only: the path is built here and must resolve (links
   * followed) to a file inside the backups folder. `null` when there is no such backup.
   */
  async function read({ workshopId, id }: BackupRef): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null> {
    if (!BACKUP_ID_PATTERN.test(id)) throw new Error('backup refused: not a backup id');
    const path = join(folderOf(workshopId), `${id}${EXTENSION}`);
    let real: string;
    let realRoot: string;
    try {
      [real, realRoot] = await Promise.all([realpath(path), realpath(root)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (!isInside(realRoot, real)) throw new Error('backup refused: outside the backups folder');
    const info = await stat(real);
    if (!info.isFile()) throw new Error('backup refused: not a file');
    if (info.size > MAX_BACKUP_BYTES) throw new Error('backup refused: too large');
    return { name: `${id}${EXTENSION}`, bytes: new Uint8Array(await readFile(real)) };
  }

  return { write, list, read, markDeleted, forget, forgetDeleted };
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith(`..${sep}`) && fromFolder !== '..' && !isAbsolute(fromFolder);
}
